# Lexicographic comparisons of sequences.

# === Lists and tuples ===
pairs = [([1, 2, 3], [1, 2, 4]), ([1, 2], [1, 2, 0]), ([2], [1, 9, 9]), ([], []), ([0], [])]
for a, b in pairs:
    print(a, b, a < b, a <= b, a == b, a > b)

# === Nested structures ===
print([[1, 2], [3]] < [[1, 2], [4]], ((1, "b"),) > ((1, "a"),))

# === Version comparison ===
def version_key(v):
    return tuple(int(p) for p in v.split("."))

versions = ["1.10.0", "1.2.10", "1.2.9", "2.0", "1.2", "0.9.99"]
print(sorted(versions))
print(sorted(versions, key=version_key))
print(max(versions, key=version_key))

# === Comparing different types fails ===
try:
    [1, 2] < (1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError:", e)

# === Equality across types is just False ===
print([1, 2] == (1, 2), "ab" == ["a", "b"], [1] != (1,))

# === Strings compare char by char ===
print("apple" < "apply", "Zebra" < "apple", "a" * 3 < "aaaa", "10" < "9")

# === Sorting tuples by multiple fields ===
students = [("bob", 90, 20), ("amy", 90, 19), ("cat", 85, 22), ("dan", 90, 19)]
print(sorted(students, key=lambda s: (-s[1], s[2], s[0])))

# sorted() with key, reverse, and stability guarantees.

records = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]

# === Default ordering compares tuples ===
print(sorted(records))

# === Stable sort keeps original order among equal keys ===
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))

# === Sorting by multiple keys with mixed directions ===
print(sorted(records, key=lambda r: (-r[1], r[0])))

# === Sorting any iterable returns a new list ===
print(sorted("hello"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}), sorted(range(5, 0, -1)))
print(sorted(x % 4 for x in range(10)))

# === Case-insensitive and natural sorts ===
files = ["file10.txt", "File2.txt", "file1.txt", "file20.txt", "FILE3.txt"]
print(sorted(files))
print(sorted(files, key=str.lower))

def natural_key(name):
    digits = "".join(c for c in name if c.isdigit())
    return (name.lower().rstrip("0123456789.txt"), int(digits) if digits else 0)

print(sorted(files, key=natural_key))

# === Sorting with None handled explicitly ===
ages = [30, None, 25, None, 40]
print(sorted(ages, key=lambda a: (a is None, a or 0)))

# === reverse=True is not the same as reversing a stable sort ===
pairs = [(1, "x"), (0, "y"), (1, "z")]
print(sorted(pairs, key=lambda p: p[0], reverse=True), list(reversed(sorted(pairs, key=lambda p: p[0]))))

# === Original is unchanged ===
original = [3, 1, 2]
result = sorted(original)
print(original, result, result is original)

# zip and enumerate.

names = ["ann", "bob", "cid"]
ages = [31, 25, 40]
cities = ["Oslo", "Rome"]

# === zip pairs up, stops at shortest ===
print(list(zip(names, ages)))
print(list(zip(names, ages, cities)))
print(list(zip()), list(zip([1, 2])))

# === zip strict mode ===
print(list(zip(names, ages, strict=True)))
try:
    list(zip(names, cities, strict=True))
except ValueError as e:
    print("ValueError:", e)

# === Unzipping ===
pairs = [("a", 1), ("b", 2), ("c", 3)]
letters, numbers = zip(*pairs)
print(letters, numbers)

# === dict from zip ===
print(dict(zip(names, ages)))

# === enumerate with start ===
for i, n in enumerate(names, start=1):
    print(f"{i}. {n}")
print(list(enumerate("xyz", 10)))

# === enumerate + zip together ===
for i, (n, a) in enumerate(zip(names, ages)):
    print(i, n, a)

# === Parallel iteration for diffs ===
old = [3, 5, 8, 8, 10]
new = [3, 6, 8, 7, 12]
changes = [(i, o, n) for i, (o, n) in enumerate(zip(old, new)) if o != n]
print(changes)

# === Sliding window with zip ===
seq = [1, 2, 3, 4, 5, 6]
print(list(zip(seq, seq[1:], seq[2:])))

# === Chunking with zip of the same iterator ===
it = iter(range(9))
print(list(zip(it, it, it)))

# === zip and enumerate are lazy iterators ===
z = zip("ab", "cd")
e = enumerate("ab")
print(next(z), next(e), list(z), list(e))

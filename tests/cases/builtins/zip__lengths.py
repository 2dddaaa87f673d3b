# zip() with different lengths and strict mode.

a = [1, 2, 3]
b = "xyz"
c = (True, False)

# === Equal and unequal lengths ===
print(list(zip(a, b)), list(zip(a, b, c)), list(zip(a)), list(zip()))

# === strict=True checks lengths ===
print(list(zip(a, b, strict=True)))
for args in [(a, c), (c, a)]:
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print("ValueError:", e)

# === Padding shorter inputs manually ===
def zip_longest(*seqs, fill=None):
    n = max(map(len, seqs), default=0)
    return [tuple(s[i] if i < len(s) else fill for s in seqs) for i in range(n)]

print(zip_longest(a, c, fill="-"), zip_longest())

# === zip with iterators consumes only what is needed ===
it = iter(range(10))
print(list(zip(it, "ab")), next(it))

# === Unzip ===
pairs = [("x", 1), ("y", 2), ("z", 3)]
names, values = zip(*pairs)
print(names, values)

# === Building dicts and comparing sequences ===
print(dict(zip(b, a)))
old, new = "kitten", "sitten"
print(sum(x != y for x, y in zip(old, new)))
print([i for i, (x, y) in enumerate(zip(old, new)) if x != y])

# === Column operations ===
table = [(1, 2, 3), (4, 5, 6), (7, 8, 9)]
print([sum(col) for col in zip(*table)], [max(col) for col in zip(*table)])

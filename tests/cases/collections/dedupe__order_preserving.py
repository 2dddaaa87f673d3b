# Removing duplicates while preserving order.

items = ["b", "a", "c", "a", "b", "d", "c"]

# === Using dict.fromkeys ===
print(list(dict.fromkeys(items)))

# === Using a seen set ===
def unique(seq, key=None):
    seen = set()
    out = []
    for x in seq:
        k = x if key is None else key(x)
        if k not in seen:
            seen.add(k)
            out.append(x)
    return out

print(unique(items))
print(unique(["Apple", "apple", "BANANA", "banana", "Cherry"], key=str.lower))
print(unique([(1, 2), (2, 1), (1, 2)], key=lambda p: tuple(sorted(p))))

# === Unhashable items: fall back to list membership ===
rows = [[1, 2], [3], [1, 2], [], [3]]
out = []
for r in rows:
    if r not in out:
        out.append(r)
print(out)

# === Duplicates report ===
counts = {}
for x in items:
    counts[x] = counts.get(x, 0) + 1
print({k: v for k, v in counts.items() if v > 1})
print([x for i, x in enumerate(items) if x in items[:i]])

# === Merge two sorted lists without duplicates ===
a = [1, 3, 5, 7, 9]
b = [2, 3, 5, 8, 9, 10]
merged = []
i = j = 0
while i < len(a) or j < len(b):
    if j == len(b) or (i < len(a) and a[i] <= b[j]):
        v = a[i]; i += 1
    else:
        v = b[j]; j += 1
    if not merged or merged[-1] != v:
        merged.append(v)
print(merged)

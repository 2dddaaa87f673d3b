# slice() objects.

# === Construction and attributes ===
s1 = slice(5)
s2 = slice(1, 8)
s3 = slice(1, 8, 2)
for s in (s1, s2, s3, slice(None, None, -1)):
    print(s, s.start, s.stop, s.step)

# === Using slice objects with different sequences ===
data = list(range(10))
print(data[s1], data[s2], data[s3], "abcdefghij"[s3], tuple(data)[slice(-3, None)])

# === indices() normalizes for a given length ===
print(slice(None).indices(5), slice(-2, None).indices(5), slice(1, 100, 3).indices(10))
print(slice(None, None, -1).indices(4), list(range(*slice(None, None, -2).indices(7))))

# === Equality ===
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) == slice(1, 3))

# === Slices in assignments and deletions ===
buf = list("abcdefgh")
buf[slice(0, 3)] = "XYZ"
del buf[slice(None, None, 2)]
print(buf)

# === Named fields for fixed-width parsing ===
FIELDS = {"code": slice(0, 3), "qty": slice(3, 7), "price": slice(7, None)}
records = ["ABC0012  4.50", "XYZ0300 12.00"]
for r in records:
    parsed = {k: r[s].strip() for k, s in FIELDS.items()}
    print(parsed, int(parsed["qty"]) * float(parsed["price"]))

# === Custom __getitem__ receives slice objects ===
class Echo:
    def __getitem__(self, key):
        return key

e = Echo()
print(e[1:2], e[:], e[::3], e[1:2:3] == slice(1, 2, 3))

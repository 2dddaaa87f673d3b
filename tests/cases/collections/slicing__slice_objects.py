# slice objects shared across lists, tuples, strings and ranges.

data = list(range(20))
text = "abcdefghijklmnopqrst"
tup = tuple(data)
rng = range(20)

# === Same slice applied to different sequences ===
for sl in [slice(5), slice(2, 8), slice(None, None, 3), slice(-5, None), slice(15, 5, -2)]:
    print(sl, data[sl], text[sl], tup[sl][:3], rng[sl])

# === Named slices for fixed-width records ===
record = "20240115ACME      0001250"
DATE = slice(0, 8)
NAME = slice(8, 18)
AMOUNT = slice(18, None)
print(record[DATE], repr(record[NAME].strip()), int(record[AMOUNT]))

# === indices() normalizes ===
for sl in [slice(None), slice(-3, None), slice(2, 100, 2), slice(None, None, -1)]:
    print(sl.indices(10), list(range(*sl.indices(10))))

# === Assign through slice objects ===
buf = [0] * 10
buf[slice(0, 10, 2)] = [1] * 5
print(buf)
del buf[slice(None, None, 2)]
print(buf)

# === Slices are comparable and have attributes ===
s = slice(1, 10, 2)
print(s == slice(1, 10, 2), s.start, s.stop, s.step, slice(3).stop, slice(3).start)

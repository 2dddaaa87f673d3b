# range objects: len, indexing, slicing, membership, equality.

r = range(3, 20, 4)

# === Basics ===
print(r, list(r), len(r), r[0], r[-1], r[2])
print(r.start, r.stop, r.step)
print(range(5), range(0, 5), range(2, 10, 3), range(10, 0, -2))

# === Slicing returns a range ===
print(r[1:], r[::-1], r[::2], list(r[::-1]))
print(range(10)[2:8:3], range(10)[-3:])

# === Membership and index/count ===
print(7 in r, 8 in r, 19 in r, 23 in r)
print(r.index(11), r.count(11), r.count(12))

# === Empty and negative ranges ===
print(list(range(0)), list(range(5, 0)), list(range(5, 0, -1)), list(range(-3, 3)))
print(len(range(10, 0, -3)), list(range(10, 0, -3)))
print(bool(range(0)), bool(range(1)))

# === Equality compares sequences ===
print(range(0) == range(5, 1), range(0, 6, 2) == range(0, 5, 2), range(3) == [0, 1, 2])

# === Large ranges are lazy ===
big = range(0, 10 ** 12, 7)
print(len(big), big[10 ** 9], 7 * 10 ** 9 in big, 7 * 10 ** 9 + 1 in big)

# === reversed range ===
print(list(reversed(range(1, 10, 3))))
print(sum(range(101)), max(range(-5, 5)), sorted(range(5), reverse=True))

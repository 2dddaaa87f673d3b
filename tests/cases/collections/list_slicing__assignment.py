# Slice assignment and deletion on lists.

# === Replace a slice with a different length ===
a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[1:1] = [0.5, 0.75]
print(a)
a[:] = a[::-1]
print(a)
a[-2:] = []
print(a)

# === Extended slices need equal length ===
b = list(range(8))
b[::2] = "ABCD"
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)

# === del with slices ===
c = list(range(12))
del c[::3]
print(c)
del c[2:4]
print(c)
del c[-1]
print(c)
del c[:]
print(c)

# === Slice copies are shallow ===
grid = [[1, 2], [3, 4]]
copy = grid[:]
copy[0].append(99)
copy[1] = "new"
print(grid, copy)

# === Inserting with slices ===
d = [1, 5]
d[1:1] = range(2, 5)
print(d)
d[len(d):] = [6, 7]
print(d)

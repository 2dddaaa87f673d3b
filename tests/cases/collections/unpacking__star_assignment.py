# Extended iterable unpacking in assignment.

# === Star in different positions ===
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
a, *mid, z = "abcdef"
print(a, mid, z)
a, *mid, z = "ab"
print(a, mid, z)

# === Star always gives a list ===
x, *y = (1, 2, 3)
print(type(y).__name__, y)
*w, = range(3)
print(w)

# === Nested unpacking ===
(p, q), *others = [(1, 2), (3, 4), (5, 6)]
print(p, q, others)
name, (lat, lon) = ("home", (51.5, -0.12))
print(name, lat, lon)
head, *(second, third) = [1, 2, 3]
print(head, second, third)

# === Unpacking in for loops ===
records = [("a", 1, 2, 3), ("b", 4), ("c",)]
for key, *values in records:
    print(key, values, sum(values))

# === Unpacking strings and dicts ===
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
(k, v), = {"only": 9}.items()
print(k, v)

# === Errors when counts don't match ===
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, *c = [1]
except ValueError as e:
    print("ValueError:", e)

# Result types when mixing bool, int, float.

# === Result types ===
samples = [(True, 1), (1, 2), (1, 2.0), (True, 2.5), (3, True)]
for a, b in samples:
    print(repr(a), repr(b), type(a + b).__name__, type(a * b).__name__, type(a / b).__name__, type(a // b).__name__)

# === Integer division results ===
print(7 // 2, 7.0 // 2, type(7.0 // 2))
print(2 ** 2, 2 ** 2.0, 2.0 ** 2)

# === Equality across types ===
print(1 == 1.0 == True, 0 == 0.0 == False == -0.0)
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))

# === Sorting mixed numbers ===
nums = [3, 1.5, True, -2, 0.0, 2]
print(sorted(nums))
print(max(nums), min(nums), sum(nums))

# === abs and negation keep types ===
print(abs(-3), abs(-3.5), abs(True), -True, -0.0 == 0)

# === round returns int with no ndigits ===
print(round(2.6), type(round(2.6)), round(2.675, 2), type(round(2.5, 0)))

# range() arguments, iteration and operations.

# === One, two and three arguments ===
print(list(range(5)), list(range(2, 6)), list(range(0, 20, 5)), list(range(10, 0, -3)))
print(list(range(-3)), list(range(3, 3)), list(range(0, -5, -1)))

# === Properties ===
r = range(1, 20, 3)
print(r, len(r), r[0], r[-1], r[2:4], r.index(10), r.count(10), 10 in r, 11 in r)

# === Iteration patterns ===
print([i * i for i in range(1, 6)])
print(sum(range(1, 101)), sum(range(0, 101, 2)))
for i in range(3, 0, -1):
    print("countdown", i)

# === Indices of a list ===
letters = ["a", "b", "c", "d"]
print([letters[i] for i in range(len(letters) - 1, -1, -1)])
print([letters[i:i + 2] for i in range(0, len(letters), 2)])

# === Ranges are immutable, reusable and comparable ===
r2 = range(5)
print(list(r2) == list(r2), range(0, 6, 2) == range(0, 5, 2), range(3) == range(0, 3, 1))
try:
    r2[0] = 1
except TypeError as e:
    print("TypeError:", e)

# === Errors ===
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)

# === Huge ranges ===
big = range(10 ** 18)
print(len(big), big[-1], 10 ** 17 in big)

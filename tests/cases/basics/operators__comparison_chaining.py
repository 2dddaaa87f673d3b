# Chained comparisons evaluate each operand at most once.

calls = []

def v(x):
    calls.append(x)
    return x

# === Basic chains ===
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 > 0, 5 >= 5 <= 6)

# === Short-circuit of chain ===
print(v(5) < v(1) < v(10))
print(calls)
calls.clear()
print(v(1) < v(5) < v(10))
print(calls)

# === Mixed types ===
print(1 < 1.5 < 2, 0 == 0.0 == False)
print("a" < "b" < "c", "apple" < "apricot")
print([1, 2] < [1, 3], (1, 2, 3) > (1, 2), [] < [0])

# === in / not in / is in chains ===
x = 3
print(1 < x in [3, 4], x in [1, 2] or x is not None)
print(0 <= x < 10, not 0 <= x < 3)

# === Range checks ===
for n in [-1, 0, 5, 9, 10]:
    print(n, 0 <= n < 10)

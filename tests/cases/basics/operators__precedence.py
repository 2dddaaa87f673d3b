# Operator precedence checks.

# === Arithmetic precedence ===
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -3 ** 2, 10 - 4 - 3, 100 / 10 / 5)
print(2 * 3 % 4, 2 * (3 % 4), 7 // 2 * 2, 7 - -2, 3 - +-1)

# === Bitwise vs comparison ===
print(1 | 2 == 3, (1 | 2) == 3)
print(1 + 2 << 1, 1 + (2 << 1), 8 >> 1 + 1)
print(6 & 3 | 8, 6 & (3 | 8), 5 ^ 1 & 3, (5 ^ 1) & 3)

# === not vs comparisons ===
print(not 1 == 2, not (1 == 2), (not 1) == 2)
print(not [] and 1, not ([] and 1))

# === Conditional expression has low precedence ===
x = 5
print(1 + 2 if x > 3 else 10, 1 + (2 if x > 3 else 10))
print(x if x < 3 else x * 2 if x < 10 else -1)

# === lambda is lowest ===
f = lambda a: a + 1 if a else 0
print(f(0), f(4))

# === Unary and power ===
print(-2 ** -1, (-2) ** -1, ~1 + 1, ~(1 + 1), not -1)

# === Membership/comparison same level, chaining ===
print(1 in [1] == True, (1 in [1]) == True)

# === String operators ===
print("a" + "b" * 3, ("a" + "b") * 3, "x" * 2 + "y")

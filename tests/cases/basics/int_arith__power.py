# Exponentiation: associativity, negative exponents, unary minus precedence.

# === Right associativity ===
print(2 ** 3 ** 2)
print((2 ** 3) ** 2)

# === Unary minus binds looser than ** ===
print(-2 ** 2)
print((-2) ** 2)
print(2 ** -1)
print(-2 ** -2)

# === Integer results stay exact ===
print(3 ** 40)
print(2 ** 100)
print(10 ** 0, 0 ** 0, 0 ** 5)

# === Negative exponent gives float ===
print(10 ** -2, type(10 ** -2))
print(4 ** 0.5, 27 ** (1 / 3) > 2.99)

# === pow builtin equivalence ===
for b, e in [(2, 10), (3, 5), (-3, 3), (7, 0)]:
    print(b, e, b ** e, pow(b, e), b ** e == pow(b, e))

# === Modular exponentiation ===
print(pow(2, 100, 1000), pow(3, 200, 7), pow(5, 3, 13))
print(pow(-2, 3, 5), pow(2, 5, -3))

# Floor division and modulo follow the sign of the divisor.

# === Floor division ===
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 5), (-1, 5)]
for a, b in pairs:
    print(f"{a} // {b} = {a // b}")

# === Modulo ===
for a, b in pairs:
    print(f"{a} % {b} = {a % b}")

# === divmod identity ===
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, (q, r), q * b + r == a)

# === True division always gives float ===
print(7 / 2, -7 / 2, 6 / 3, type(6 / 3))
print(1 / 3)
print(10 / 4, 10 // 4, 10 % 4)

# === Floats with // and % ===
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2)
print(7 // 2.0, -7 % 2.5)

# Scientific notation and formatting of large/small floats.

# === Literal forms ===
print(1e0, 1e1, 1e-1, 2.5E3, 6.02e23, 1.6e-19)
print(1_0e1_0, 0.000_001)

# === repr switches to exponent form ===
for x in [1e15, 1e16, 1e17, 0.001, 0.0001, 0.00001, 123456789.123]:
    print(repr(x))

# === Exponent formatting ===
for x in [12345.678, 0.00012345, 6.02e23, -1.5, 0.0]:
    print(f"{x:e} {x:.2e} {x:E} {x:g} {x:.3g}")

# === Integer-valued floats ===
print(1e3 == 1000, int(1e3), float(10 ** 3), 1e3 // 7)

# === Accumulating small steps ===
total = 0
for _ in range(8):
    total += 0.125
print(total, total == 1.0)
print(round(0.1 + 0.2, 10), f"{0.1 + 0.2:.17f}")

# === Conversions from text ===
for text in ["1e3", "-2.5e-3", "1E+2", "3.", ".25", "1_000.5"]:
    print(text, float(text))

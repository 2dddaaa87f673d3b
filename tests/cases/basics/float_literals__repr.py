# Float literal forms and their shortest repr.

# === Basic forms ===
print(1.0, 1., .5, 0.1, 1e3, 1E-3, 2.5e+2)
print(1_000.000_1, 3.14_15)

# === Shortest round-trip repr ===
print(0.1 + 0.2)
print(1.1 * 3)
print(0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-12)
print(1e16, 1e15, 123456789012345678.0)
print(1e-4, 1e-5, 0.0001, 0.00001)
print(1.5e300 * 1.0, 5e-324)

# === repr vs str ===
for x in [0.5, 2.0, 1/3, 100.0, 1e22, 1e-7, -0.0]:
    print(repr(x), str(x))

# === Negative zero ===
z = -0.0
print(z, z == 0.0, str(z).startswith('-'))

# === Integers as floats ===
print(float(10), float(-3), float(True))
print(2.0 ** 10, 10.0 / 4)

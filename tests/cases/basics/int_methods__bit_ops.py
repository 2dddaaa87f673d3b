# int methods: bit_length, to_bytes, from_bytes, conjugate, etc.

# === bit_length ===
for n in [0, 1, 2, 3, 255, 256, -1, -256, 2 ** 64]:
    print(n, n.bit_length())

# === to_bytes / from_bytes ===
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"\xff\xff", "big"))

# === Other numeric helpers ===
print((7).real, (7).imag, (7).numerator, (7).denominator, (7).conjugate())
print((-5).__abs__(), (5).__neg__(), (3).__add__(4))
print((10).__truediv__(4), (10).__floordiv__(4))
print((6).as_integer_ratio() if hasattr(6, "as_integer_ratio") else (6, 1))

# === int() of various things ===
print(int(), int(3.99), int(-3.99), int(True), int("  12 "))

# === Counting bits manually vs bin() ===
for n in [0, 5, 1023, 4096]:
    print(n, bin(n).count("1"))

# === Int comparisons with bool and float ===
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 10 > 9.99)

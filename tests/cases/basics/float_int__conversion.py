# Conversions between ints and floats.

# === int() truncates toward zero ===
for f in [2.7, -2.7, 0.9, -0.9, 5.0, 1e10]:
    print(f, int(f))

# === float.is_integer and as_integer_ratio ===
for f in [2.0, 2.5, -0.75, 0.1]:
    print(f, f.is_integer(), f.as_integer_ratio())

# === int from strings ===
print(int("  42  "), int("-17"), int("+8"), int("1_000"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("z", 36), int("101", 2))
print(int("0o17", 0), int("0b101", 0), int("777", 8))

# === float from strings ===
print(float("3.5"), float("  -1e3 "), float("1_0.5"), float(".5"), float("5."))
print(float("nan") != float("nan"), float("-inf"))

# === Mixed arithmetic promotes to float ===
print(1 + 1.0, 3 * 0.5, 2 - 0.5, type(1 + 1.0))
print(10 / 5, 10 // 5.0, 7 % 2.0)

# === Exactness ===
print(0.5 == 1 / 2, 2 ** 0.5 * 2 ** 0.5)
print((1.5).hex() if hasattr(1.5, "hex") else None)
print(float.fromhex("0x1.8p1"))

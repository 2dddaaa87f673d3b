# int() with bases, prefixes, whitespace and underscores.

# === Explicit bases ===
print(int("101", 2), int("777", 8), int("ff", 16), int("FF", 16), int("z", 36), int("Zz", 36))
print(int("10", 3), int("-101", 2), int(" +12 ", 5))

# === Base 0 infers from the prefix ===
for s in ["0b1010", "0o17", "0x1F", "42", "-0x10", "0_0", "1_000"]:
    print(s, int(s, 0))

# === Prefix allowed when it matches the base ===
print(int("0x1f", 16), int("0b11", 2), int("0o7", 8))

# === Invalid input ===
for text, base in [("12", 2), ("0x1f", 10), ("", 10), ("1__0", 10), ("08", 0), ("g", 16)]:
    try:
        int(text, base)
    except ValueError as e:
        print("ValueError:", e)

# === int() of floats truncates toward zero ===
print(int(3.99), int(-3.99), int(1e15), int(-0.5))

# === int() of objects with __int__ or __index__ ===
class Seven:
    def __index__(self):
        return 7

print(int(Seven()), int(True), int())

# === Parsing a binary string manually vs int() ===
def parse_binary(s):
    value = 0
    for ch in s:
        value = value * 2 + (ch == "1")
    return value

for s in ["0", "1", "1011", "11111111"]:
    print(s, parse_binary(s), int(s, 2))

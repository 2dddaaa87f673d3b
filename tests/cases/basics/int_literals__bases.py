# Integer literals in different bases and with underscores.

# === Base prefixes ===
print(0x1F, 0X1f, 0o17, 0O17, 0b1011, 0B1011)
print(0x0, 0o0, 0b0, 00)
print(0xdead_beef, 0b_1111_0000, 0o_777)

# === Underscores in decimals ===
print(1_000_000, 1_0, 12_34_56)
print(1_000_000 + 1)

# === Negative literals ===
print(-0x10, -0o10, -0b10, - 5, -(-5))

# === Large literals ===
print(0xFFFFFFFFFFFFFFFFFFFF)
print(123456789012345678901234567890)
print(type(0xFF), type(10**30))

# === Round-trips ===
for n in [0, 1, 7, 8, 255, 256, 1023, -42]:
    print(n, bin(n), oct(n), hex(n), int(bin(n), 0), int(hex(n), 16) if n >= 0 else None)

# bin(), oct() and hex().

# === Positive and negative numbers ===
for n in [0, 1, 7, 8, 10, 255, 256, -1, -255, 2 ** 40]:
    print(n, bin(n), oct(n), hex(n))

# === Booleans ===
print(bin(True), hex(False), oct(True))

# === Round trips via int(text, 0) ===
for n in [5, 64, 1000, -42]:
    print(int(bin(n), 0) == n, int(oct(n), 0) == n, int(hex(n), 0) == n)

# === Stripping prefixes and padding ===
def to_bits(n, width=8):
    return bin(n)[2:].zfill(width)

print(to_bits(5), to_bits(200), to_bits(1, 4), to_bits(1023, 8))
print(hex(48879)[2:].upper(), format(48879, "X"), f"{48879:#x}")

# === Byte string to hex ===
data = b"Hi!"
print(" ".join(hex(b) for b in data), "".join(f"{b:02x}" for b in data), data.hex())

# === Custom objects with __index__ ===
class Flags:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

print(bin(Flags(10)), oct(Flags(10)), hex(Flags(10)))

# === Floats are rejected ===
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
print((1.5).hex())

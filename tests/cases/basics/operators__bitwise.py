# Bitwise operators on ints, including negatives.

# === and / or / xor ===
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, bin(a & b), bin(a | b), bin(a ^ b))

# === invert ===
for n in [0, 1, 5, -1, -6]:
    print(n, ~n, -n - 1 == ~n)

# === Shifts ===
print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 10, 5 << 0)
print(1 << 70)
print(-17 >> 1, -17 // 2)

# === Negatives with & ===
print(-1 & 0xFF, -256 & 0xFF, -5 & 7, -5 | 2, -5 ^ 3)

# === Flags pattern ===
READ, WRITE, EXEC = 1, 2, 4
perms = READ | EXEC
for name, flag in [("read", READ), ("write", WRITE), ("exec", EXEC)]:
    print(name, bool(perms & flag))
perms &= ~EXEC
perms |= WRITE
print(perms, bin(perms))
perms ^= READ
print(perms)

# === Bool operands ===
print(True & False, True | False, True ^ True, type(True & True))

# === Popcount by hand ===
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(17)])

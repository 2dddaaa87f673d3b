# Bitwise dunders on a small bitset class.

class BitSet:
    def __init__(self, bits=0, size=8):
        self.size = size
        self.bits = bits & ((1 << size) - 1)

    @classmethod
    def of(cls, *positions, size=8):
        bits = 0
        for p in positions:
            bits |= 1 << p
        return cls(bits, size)

    def __or__(self, o):
        return BitSet(self.bits | o.bits, self.size)
    def __and__(self, o):
        return BitSet(self.bits & o.bits, self.size)
    def __xor__(self, o):
        return BitSet(self.bits ^ o.bits, self.size)
    def __invert__(self):
        return BitSet(~self.bits, self.size)
    def __lshift__(self, n):
        return BitSet(self.bits << n, self.size)
    def __rshift__(self, n):
        return BitSet(self.bits >> n, self.size)
    def __contains__(self, p):
        return bool(self.bits >> p & 1)
    def __iter__(self):
        return (p for p in range(self.size) if p in self)
    def __len__(self):
        return bin(self.bits).count("1")
    def __eq__(self, o):
        return (self.bits, self.size) == (o.bits, o.size)
    def __repr__(self):
        return format(self.bits, f"0{self.size}b")

a = BitSet.of(0, 2, 4)
b = BitSet.of(1, 2, 7)

# === Operators ===
print(a, b, a | b, a & b, a ^ b, ~a)
print(a << 1, a << 5, b >> 2, list(a | b), len(a ^ b))
print(4 in a, 3 in a, a | b == b | a, ~~a == a)

# === In-place operators fall back to the binary ones ===
c = BitSet.of(0)
c |= BitSet.of(3)
c ^= BitSet.of(0, 5)
c <<= 1
print(c, list(c))

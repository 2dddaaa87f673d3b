# __index__, __int__, __float__ and __round__.

class Nibble:
    def __init__(self, v):
        self.v = v & 0xF
    def __index__(self):
        return self.v
    def __repr__(self):
        return f"Nibble({self.v})"

n = Nibble(0x1B)

# === __index__ enables use as an index and in bin/hex/oct ===
letters = "abcdefghijklmnop"
print(n, letters[n], letters[Nibble(2):Nibble(5)], bin(n), hex(n), oct(n))
print(range(10)[Nibble(3)], [0] * Nibble(2), int(n), Nibble(7).__index__())

# === __int__ and __float__ ===
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __int__(self):
        return self.cents // 100
    def __float__(self):
        return self.cents / 100
    def __round__(self, ndigits=None):
        value = self.cents / 100
        return round(value) if ndigits is None else round(value, ndigits)

m = Money(1999)
print(int(m), float(m), round(m), round(m, 1), f"{float(m):.2f}")

# === Types without __index__ can't index ===
try:
    [10, 20, 30][Money(100)]
except TypeError as e:
    print("TypeError:", e)

# === __abs__ and __neg__ for custom numeric types ===
class Delta:
    def __init__(self, v):
        self.v = v
    def __abs__(self):
        return Delta(abs(self.v))
    def __neg__(self):
        return Delta(-self.v)
    def __repr__(self):
        return f"Delta({self.v})"

print(abs(Delta(-5)), -Delta(3), abs(-Delta(2)))

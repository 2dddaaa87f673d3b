# In-place operators: __iadd__ and friends, and the fallback to __add__.

class Bag:
    def __init__(self, items=()):
        self.items = list(items)

    def __add__(self, other):
        print("  __add__ called")
        return Bag(self.items + other.items)

    def __iadd__(self, other):
        print("  __iadd__ called")
        self.items.extend(other.items)
        return self

    def __repr__(self):
        return f"Bag({self.items})"

class Frozen:
    def __init__(self, items=()):
        self.items = tuple(items)

    def __add__(self, other):
        print("  Frozen.__add__ called")
        return Frozen(self.items + other.items)

    def __repr__(self):
        return f"Frozen({self.items})"

# === __iadd__ mutates in place ===
b = Bag([1])
alias = b
b += Bag([2])
print(b, alias, b is alias)

# === Without __iadd__, += falls back to __add__ and rebinds ===
f = Frozen([1])
alias_f = f
f += Frozen([2])
print(f, alias_f, f is alias_f)

# === Other in-place operators ===
class Num:
    def __init__(self, v):
        self.v = v
    def __isub__(self, o):
        self.v -= o; return self
    def __imul__(self, o):
        self.v *= o; return self
    def __ipow__(self, o):
        self.v **= o; return self
    def __imod__(self, o):
        self.v %= o; return self
    def __ior__(self, o):
        self.v |= o; return self

n = Num(10)
n -= 3; n *= 4; n **= 2; n %= 100; n |= 1
print(n.v)

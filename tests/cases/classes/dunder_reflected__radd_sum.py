# Reflected operators and NotImplemented.

class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency

    def __add__(self, other):
        if isinstance(other, Money):
            if other.currency != self.currency:
                raise ValueError("currency mismatch")
            return Money(self.cents + other.cents, self.currency)
        if isinstance(other, int):
            return Money(self.cents + other, self.currency)
        return NotImplemented

    def __radd__(self, other):
        print(f"  __radd__ with {other!r}")
        return self.__add__(other)

    def __rsub__(self, other):
        return Money(other - self.cents, self.currency)

    def __rmul__(self, k):
        return Money(self.cents * k, self.currency)

    def __repr__(self):
        return f"{self.cents / 100:.2f} {self.currency}"

# === Reflected addition with int on the left ===
print(100 + Money(250))
print(Money(250) + 100)

# === sum() starts with 0 + first item, using __radd__ ===
wallet = [Money(199), Money(1), Money(300)]
print(sum(wallet))

# === Reflected subtraction and multiplication ===
print(1000 - Money(1), 3 * Money(50))

# === Both sides NotImplemented gives TypeError ===
try:
    Money(1) + "x"
except TypeError as e:
    print("TypeError:", e)

# === Subclass reflected method takes priority ===
class Base:
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"

class Sub(Base):
    def __radd__(self, other):
        return "Sub.__radd__"

print(Base() + Sub(), Sub() + Base(), Base() + Base())

# __repr__, __str__ and __format__.

class Money:
    def __init__(self, amount, currency="USD"):
        self.amount = amount
        self.currency = currency

    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"

    def __str__(self):
        return f"{self.amount:,.2f} {self.currency}"

    def __format__(self, spec):
        if spec == "short":
            return f"{self.amount:.0f}{self.currency[0]}"
        if spec.endswith("c"):
            return format(f"{self.currency} {self.amount:.2f}", spec[:-1])
        return format(str(self), spec)

m = Money(1234.5)

# === str, repr, and containers ===
print(str(m), repr(m))
print(m)
print([m], (m,), {"price": m})
print(f"{m}", f"{m!r}", f"{m!s}")

# === __format__ with custom specs ===
print(f"{m:short}", f"[{m:>20}]", f"[{m:*<20c}]", format(m, "short"))
print("{:short} | {:^24}".format(m, m))

# === Only __repr__: str falls back to it ===
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"

print(str(OnlyRepr()), repr(OnlyRepr()), f"{OnlyRepr()}")

# === Only __str__: repr uses the default (not printed here) ===
class OnlyStr:
    def __str__(self):
        return "only-str"

print(str(OnlyStr()), "OnlyStr object" in repr(OnlyStr()))

# === Default __format__ rejects non-empty spec ===
try:
    format(OnlyRepr(), ">10")
except TypeError:
    print("TypeError for format spec on plain object")
print(format(OnlyRepr(), ""))

# divmod() with ints and floats of all signs.

# === Ints ===
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 7), (5, 17)]:
    print(a, b, divmod(a, b), (a // b, a % b) == divmod(a, b))

# === Floats ===
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2.5), (1.0, 0.3)]:
    q, r = divmod(a, b)
    print(a, b, q, round(r, 10))

# === Big ints ===
print(divmod(10 ** 30 + 7, 10 ** 15))

# === Time conversion ===
def hms(seconds):
    minutes, s = divmod(seconds, 60)
    h, m = divmod(minutes, 60)
    return f"{h:02d}:{m:02d}:{s:02d}"

print([hms(s) for s in [0, 59, 60, 3599, 3600, 86399]])

# === Base conversion digits ===
def digits(n, base):
    out = []
    while n:
        n, d = divmod(n, base)
        out.append(d)
    return out[::-1] or [0]

print(digits(255, 2), digits(255, 16), digits(0, 10), digits(1000, 7))

# === Custom __divmod__ ===
class Cents:
    def __init__(self, v):
        self.v = v
    def __divmod__(self, n):
        q, r = divmod(self.v, n)
        return Cents(q), Cents(r)
    def __repr__(self):
        return f"Cents({self.v})"

print(divmod(Cents(1001), 3))

# === Division by zero ===
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# round(): banker's rounding, ndigits, negative ndigits.

# === Halves round to even ===
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 4.5, 5.5]:
    print(x, round(x))

# === No ndigits returns int; ndigits returns the same type ===
print(type(round(2.7)).__name__, type(round(2.7, 0)).__name__, type(round(7, 1)).__name__, round(2.7, 0))

# === ndigits for floats (binary representation matters) ===
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(3.14159, 3))
print(round(1.23456789, 5), round(-1.25, 1), round(-1.35, 1), round(1e-10, 5))

# === Negative ndigits ===
print(round(1234, -1), round(1235, -1), round(1245, -1), round(1250, -2), round(1350, -2))
print(round(1234.5678, -2), round(-1550, -2), round(5, -1), round(15, -1), round(25, -1))
print(round(123456789, -3), round(99, -2), round(49, -2), round(50, -2), round(150, -2))

# === Ints stay exact ===
print(round(10 ** 20 + 1, -1), round(17, 0), round(17, 5))

# === Rounding money to cents ===
prices = [19.995, 0.045, 2.5, 1.115]
print([round(p, 2) for p in prices])
print(sum(round(p * 100) for p in prices))

# === Custom __round__ ===
class Approx:
    def __init__(self, v):
        self.v = v
    def __round__(self, ndigits=None):
        return f"~{round(self.v, ndigits)}"

print(round(Approx(3.14159)), round(Approx(3.14159), 2))

# === Special values ===
print(round(float("inf"), 2), round(-0.4), round(0.0, 3))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)

# The format() builtin.

# === Numbers ===
print(format(3.14159, ".2f"), format(42, "05d"), format(255, "x"), format(255, "#b"), format(0.25, ".0%"))
print(format(1234567.891, ",.2f"), format(-42, "+d"), format(42, "+d"), format(1e-5, ".2e"))

# === Strings ===
print(repr(format("hi", "<6")), repr(format("hi", ">6")), repr(format("hi", "^6")), repr(format("hi", "*^7")))

# === Empty spec is str() ===
print(format(3.0), format(True), format(None), format([1, "a"]), repr(format("x")))

# === Dynamic specs ===
for width in (4, 8):
    for prec in (1, 3):
        spec = f">{width}.{prec}f"
        print(spec, repr(format(2.71828, spec)))

# === Custom __format__ ===
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] or ".1f") + "°F"
        return format(self.c, spec or ".1f") + "°C"

t = Temp(21.5)
print(format(t), format(t, ".0f"), format(t, "F"), format(t, ">8.2F"), f"{t:.3f}")

# === Invalid spec ===
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)

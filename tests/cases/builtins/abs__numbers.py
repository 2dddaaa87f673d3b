# abs() on ints, floats, complex, bools and custom classes.

# === ints and floats ===
print(abs(-5), abs(5), abs(0), abs(-0), abs(-2 ** 70))
print(abs(-3.25), abs(3.25), abs(-0.0), abs(float("-inf")))
print(abs(True), abs(False), type(abs(True)).__name__)

# === complex returns the magnitude ===
print(abs(3 + 4j), abs(-1j), abs(complex(-5, 12)))

# === abs of NaN is NaN ===
nan = abs(float("nan"))
print(nan != nan)

# === Distances ===
points = [3, -7, 12, -1, 0]
target = 4
print(sorted(points, key=lambda p: abs(p - target)))
print(min(points, key=abs), max(points, key=abs))
print(sum(abs(a - b) for a, b in zip([1, 5, 9], [4, 5, 2])))

# === Custom __abs__ ===
class Offset:
    def __init__(self, v):
        self.v = v
    def __abs__(self):
        return Offset(abs(self.v))
    def __repr__(self):
        return f"Offset({self.v})"

print(abs(Offset(-8)), abs(Offset(3)))

# === abs on unsupported types ===
try:
    abs("12")
except TypeError as e:
    print("TypeError:", e)

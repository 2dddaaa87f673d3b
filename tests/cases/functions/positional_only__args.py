# Positional-only parameters with /.

def divide(a, b, /):
    return a / b

# === Positional calls work ===
print(divide(10, 4))

# === Keyword call raises TypeError ===
try:
    divide(a=10, b=4)
except TypeError as e:
    print("TypeError:", e)
try:
    divide(10, b=4)
except TypeError as e:
    print("TypeError:", e)

# === Mixed: positional-only, normal, keyword-only ===
def fmt(value, /, width=8, *, fill=" "):
    return str(value).rjust(width, fill)

print(repr(fmt(42)), repr(fmt(42, 5)), repr(fmt(42, width=4, fill="0")))

# === Positional-only names may be reused in **kwargs ===
def record(name, /, **fields):
    return name, fields

print(record("row", name="shadow", size=3))

# === Defaults for positional-only parameters ===
def clamp(x, lo=0, hi=10, /):
    return max(lo, min(hi, x))

print(clamp(15), clamp(-5), clamp(5, 6), clamp(50, 0, 100))

# === Builtins with positional-only parameters ===
try:
    len(obj=[1, 2])
except TypeError as e:
    print("TypeError raised for len(obj=...)")
print(divmod(7, 2), pow(2, 5), abs(-3))

# === Methods with positional-only ===
class Vec:
    def __init__(self, x, y, /):
        self.x, self.y = x, y
    def scale(self, k, /):
        return Vec(self.x * k, self.y * k)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

print(Vec(1, 2).scale(3))
try:
    Vec(1, 2).scale(k=3)
except TypeError as e:
    print("TypeError:", e)

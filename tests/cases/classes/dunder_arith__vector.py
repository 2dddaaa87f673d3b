# Arithmetic dunder methods on a 2D vector.

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

a, b = Vec(3, 4), Vec(1, -2)

# === Operators ===
print(a + b, a - b, a * 2, 3 * a, a * b, a / 2, a // 2, -a, +a, abs(a))
print(a == Vec(3, 4), a != b, a == (3, 4))

# === Unsupported operand gives TypeError ===
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)

# === Chained expressions ===
print(a + b * 2 - Vec(1, 1), (a - b) * (a + b))

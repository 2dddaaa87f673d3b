# __hash__ and __eq__ control dict keys and set membership.

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return self.x * 1000 + self.y
    def __repr__(self):
        return f"P({self.x},{self.y})"

# === Equal objects collapse in sets and dicts ===
pts = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(pts), Point(1, 2) in pts, Point(5, 5) in pts)
d = {Point(0, 0): "origin"}
d[Point(0, 0)] = "still origin"
print(d, d[Point(0, 0)])

# === Defining __eq__ without __hash__ makes instances unhashable ===
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v

print(OnlyEq.__hash__ is None)
try:
    {OnlyEq(1)}
except TypeError as e:
    print("TypeError:", e)

# === Default identity-based equality and hashing ===
class Plain:
    pass

a, b = Plain(), Plain()
print(a == a, a == b, len({a, b, a}))

# === Hash consistent with equality across types ===
class Meters:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == (other.v if isinstance(other, Meters) else other)
    def __hash__(self):
        return int(self.v)

print({Meters(3): "m"}[3], 3 in {Meters(3)}, Meters(2) == 2.0)

# === Mutating a key after insertion breaks lookups ===
p = Point(7, 7)
s = {p}
p.x = 8
print(Point(7, 7) in s, len(s))
print([q for q in s])

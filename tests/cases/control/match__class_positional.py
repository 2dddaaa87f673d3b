# Class patterns with positional sub-patterns via __match_args__.

class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius

class Rect:
    __match_args__ = ("corner", "w", "h")

    def __init__(self, corner, w, h):
        self.corner = corner
        self.w = w
        self.h = h

def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y-axis at {y}"
        case Point(x, 0):
            return f"on x-axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal point {x}"
        case Point(x, y):
            return f"point {x},{y}"
        case Circle(Point(0, 0), r):
            return f"centered circle r={r}"
        case Circle(c, r) if r <= 0:
            return "invalid circle"
        case Circle(Point(x, y), r):
            return f"circle at {x},{y} r={r}"
        case Rect(_, w, h) if w == h:
            return f"square side {w}"
        case Rect(Point(x, y), w, h):
            return f"rect {w}x{h} at {x},{y}"
        case _:
            return "unknown"

shapes = [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7),
          Circle(Point(0, 0), 2), Circle(Point(1, 1), -1), Circle(Point(4, 5), 3),
          Rect(Point(0, 0), 3, 3), Rect(Point(1, 2), 4, 6), "nope"]

# === Dispatch ===
for s in shapes:
    print(describe(s))

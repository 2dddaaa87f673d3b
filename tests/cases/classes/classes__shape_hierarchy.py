# An abstract-style shape hierarchy using NotImplementedError.

class Shape:
    name = "shape"

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"

class Rectangle(Shape):
    name = "rectangle"
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rectangle):
    name = "square"
    def __init__(self, side):
        super().__init__(side, side)

class Circle(Shape):
    name = "circle"
    PI = 3.141592653589793
    def __init__(self, r):
        self.r = r
    def area(self):
        return self.PI * self.r ** 2
    def perimeter(self):
        return 2 * self.PI * self.r

class Triangle(Shape):
    name = "triangle"
    def __init__(self, a, b, c):
        self.sides = (a, b, c)
    def perimeter(self):
        return sum(self.sides)

shapes = [Rectangle(3, 4), Square(2.5), Circle(1), Triangle(3, 4, 5)]

# === Polymorphic dispatch with a missing implementation ===
for s in shapes:
    try:
        print(s.describe())
    except NotImplementedError as e:
        print("NotImplementedError:", e)

# === Sorting by a computed property ===
concrete = [s for s in shapes if not isinstance(s, Triangle)]
print([s.name for s in sorted(concrete, key=lambda s: s.area())])
print(sum(s.perimeter() for s in shapes) > 0, isinstance(Square(1), Rectangle))

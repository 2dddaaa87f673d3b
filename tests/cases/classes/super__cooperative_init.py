# Cooperative multiple inheritance with super() and **kwargs.

class Component:
    def __init__(self, **kwargs):
        self.log = ["Component"]
        if kwargs:
            self.leftover = kwargs

class Named(Component):
    def __init__(self, name, **kwargs):
        super().__init__(**kwargs)
        self.name = name
        self.log.append("Named")

class Sized(Component):
    def __init__(self, size=1, **kwargs):
        super().__init__(**kwargs)
        self.size = size
        self.log.append("Sized")

class Widget(Named, Sized):
    def __init__(self, color="grey", **kwargs):
        super().__init__(**kwargs)
        self.color = color
        self.log.append("Widget")

# === Every __init__ in the MRO runs exactly once ===
w = Widget(name="button", size=3, color="red")
print(w.name, w.size, w.color, w.log)
print([c.__name__ for c in Widget.__mro__])

w2 = Widget(name="x", unknown=42)
print(w2.size, w2.color, w2.leftover)

# === super() with explicit arguments ===
class Shape:
    def area(self):
        return 0
    def label(self):
        return "shape"

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def label(self):
        return "square/" + super(Square, self).label()

class Cube(Square):
    def area(self):
        return 6 * super().area()
    def base_label(self):
        return super(Square, self).label()

c = Cube(2)
print(c.area(), c.label(), c.base_label())

# Parameters used for their attributes are checked once to be plain program instances; anything
# else (builtin values, subclasses of builtins, classes, properties, __getattr__) stays guarded.

class P:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return P(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"P({self.x}, {self.y})"


def dist2(a, b):
    return (a.x - b.x) ** 2 + (a.y - b.y) ** 2


def move(p, q):
    p.x += q.x
    p.y = p.y + q.y
    return p


print(dist2(P(0, 0), P(3, 4)), P(1, 2) + P(3, 4), move(P(1, 1), P(2, 2)))


class Fancy:
    def __getattr__(self, name):
        return f"<{name}>"


class WithProp:
    @property
    def x(self):
        return 10

    y = 20


class Str(str):
    x = "sx"
    y = "sy"


print(dist2(WithProp(), P(1, 2)), P(1, 2) + WithProp())
try:
    print(dist2(Fancy(), P(0, 0)))
except TypeError as error:
    print("TypeError:", error)
try:
    dist2(3, P(0, 0))
except AttributeError as error:
    print("AttributeError:", error)
try:
    dist2(Str("s"), P(0, 0))
except TypeError as error:
    print("TypeError:", error)
print(move(P("a", "b"), Str("q")))


def real_of(c):
    return c.real, c.imag


print(real_of(3 + 4j), real_of(7), real_of(P(1, 2)) if False else "")
try:
    real_of(P(1, 2))
except AttributeError as error:
    print("AttributeError:", error)


def through_lambda(item):
    get = lambda: item.x * 2
    return get()


print(through_lambda(P(4, 5)), through_lambda(WithProp()))


# Parameters used only for names builtin types have (get, split, items) are typed or left
# alone, not checked as instances: program objects with those methods still work.
class Lookup:
    def __init__(self):
        self.data = {"k": 1}

    def get(self, key, default=None):
        return self.data.get(key, default)

    def split(self, sep):
        return ["split", sep]

    def items(self):
        return [("only", 1)]


def read(table, key):
    return table.get(key, 0) + 1


def cut(text):
    return text.split("=")


def pairs(mapping):
    return sorted(k for k, v in mapping.items())


print(read({"k": 5}, "k"), read(Lookup(), "k"), read(Lookup(), "x"))
print(cut("a=b"), cut(Lookup()), cut("x" * 2000 + "=y")[1], pairs({"b": 1, "a": 2}), pairs(Lookup()))
try:
    cut(5)
except AttributeError as error:
    print("AttributeError:", error)


# The branch for objects that are not plain instances (a subclass with a builtin base, a method
# called on another class's object) gives the same results and errors.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def scaled(self, k):
        self.label = f"{self.x}/{self.y}"
        return [self.x * k, self.y % 7, self.label.upper(), self.label.split("/")]

    def moved(self, other):
        return Point(self.x + other.x, self.y - other.y)


class DictPoint(Point, dict):
    pass


class Other:
    x = "ab"
    y = 10


for p in (Point(3, 9), DictPoint(2.5, 8)):
    print(type(p).__name__, p.scaled(3), p.moved(Point(1, 1)).x, vars(p) if type(p) is Point else "")
print(Point.scaled(Other(), 2), Point.moved(Other(), Other()).x)
try:
    Point.scaled(5, 1)
except AttributeError as error:
    print("AttributeError:", error)
try:
    Point.moved(Point(1, 2), None)
except AttributeError as error:
    print("AttributeError:", error)

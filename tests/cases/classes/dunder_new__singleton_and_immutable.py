# __new__ for singletons, caching and immutable subclasses.

class Config:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            print("creating the single instance")
            cls._instance = super().__new__(cls)
            cls._instance.settings = {}
        return cls._instance

a = Config()
b = Config()
a.settings["debug"] = True
print(a is b, b.settings)

# === Subclassing immutable built-ins requires __new__ ===
class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError("too cold")
        return super().__new__(cls, value)

    def to_f(self):
        return self * 9 / 5 + 32

t = Celsius(100)
print(t, t.to_f(), t + 1, type(t + 1).__name__, isinstance(t, float))
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)

class UpperStr(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())

u = UpperStr("hello")
print(u, len(u), u.lower(), type(u).__name__, u == "HELLO")

# === __init__ runs every time even when __new__ returns a cached object ===
class Counted:
    inits = 0
    _one = None
    def __new__(cls):
        if cls._one is None:
            cls._one = super().__new__(cls)
        return cls._one
    def __init__(self):
        Counted.inits += 1

Counted(); Counted(); Counted()
print(Counted.inits)

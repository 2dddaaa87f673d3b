# vars() on instances and user classes.

class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(3, 4)

# === Instance attributes only ===
print(vars(p))
p.label = "A"
print(vars(p), sorted(vars(p)))

# === vars() returns the live attribute dict ===
attrs = vars(p)
attrs["z"] = 5
print(p.z, hasattr(p, "z"))

# === Class-level names appear in vars(Class), not vars(instance) ===
public = [k for k in vars(Point) if not k.startswith("__")]
print(public, "dims" in vars(p))

# === Building a dict representation ===
class Config:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    def to_dict(self):
        return dict(vars(self))

cfg = Config(host="localhost", port=8080, debug=False)
print(cfg.to_dict())
print({k: v for k, v in vars(cfg).items() if not isinstance(v, bool)})

# === Comparing objects via vars ===
print(vars(Point(1, 2)) == vars(Point(1, 2)), vars(Point(1, 2)) == vars(Point(2, 1)))

# === Objects without __dict__ ===
try:
    vars(42)
except TypeError as e:
    print("TypeError:", e)

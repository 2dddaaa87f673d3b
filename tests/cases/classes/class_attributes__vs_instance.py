# Class attributes versus instance attributes.

class Counter:
    total = 0          # shared by all instances
    items = []         # shared mutable: a common pitfall

    def __init__(self, name):
        self.name = name
        self.count = 0
        Counter.total += 1

    def add(self, item):
        self.count += 1
        self.items.append(item)

a = Counter("a")
b = Counter("b")
a.add("x")
b.add("y")

# === Shared class attributes ===
print(Counter.total, a.total, b.total)
print(a.items, b.items, a.items is b.items)
print(a.count, b.count)

# === Assigning through an instance creates an instance attribute ===
a.total = 100
print(a.total, b.total, Counter.total)
print(sorted(vars(a)), sorted(vars(b)))
del a.total
print(a.total)

# === Changing the class attribute is seen by all instances without an override ===
Counter.total = 50
print(a.total, b.total)

# === Fixing the shared mutable pitfall ===
class Basket:
    def __init__(self):
        self.items = []

x, y = Basket(), Basket()
x.items.append(1)
print(x.items, y.items)

# === Class attributes as defaults ===
class Config:
    debug = False
    level = "info"

c = Config()
print(c.debug, c.level)
c.debug = True
print(c.debug, Config.debug, vars(c))

# === getattr on class vs instance ===
print(getattr(Config, "level"), getattr(c, "missing", "default"), hasattr(Config, "debug"))

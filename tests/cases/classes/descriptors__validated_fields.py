# Descriptors: the mechanism behind properties.

class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.public = name

    def __init__(self, kind, minimum=None):
        self.kind = kind
        self.minimum = minimum

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.public} must be >= {self.minimum}")
        setattr(obj, self.name, value)

class Product:
    name = Typed(str)
    price = Typed(float, minimum=0.0)
    qty = Typed(int, minimum=0)

    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty

# === Valid assignments go through __set__ ===
p = Product("pen", 1.5, 4)
print(p.name, p.price, p.qty, p.price * p.qty)
p.qty = 10
print(p.price * p.qty, sorted(vars(p)))

# === Invalid assignments are rejected ===
for field, value in [("price", -1.0), ("qty", "many"), ("name", 42), ("qty", -3)]:
    try:
        setattr(p, field, value)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# === Accessing on the class returns the descriptor ===
print(type(Product.price).__name__, Product.price.public, Product.qty.minimum)

# === Non-data descriptor: instance dict wins ===
class Constant:
    def __get__(self, obj, objtype=None):
        return "from descriptor"

class Holder:
    value = Constant()

h = Holder()
print(h.value)
h.value = "from instance"
print(h.value, Holder.value)

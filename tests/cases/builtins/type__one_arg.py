# type() with one argument.

# === Built-in types ===
for v in [1, 1.0, "s", b"b", True, None, [1], (1,), {1: 2}, {1}, frozenset(), range(1), 1j, slice(1)]:
    print(type(v), type(v).__name__)

# === type() vs isinstance() with subclasses ===
class Base: pass
class Child(Base): pass

c = Child()
print(type(c), type(c) is Child, type(c) is Base, isinstance(c, Base))
print(type(c).__name__, type(c).__qualname__, type(c).__module__)

# === Types of types ===
print(type(int), type(Base), type(type), type(type(None)))

# === Creating instances from type(obj) ===
def clone_empty(obj):
    return type(obj)()

print(repr(clone_empty("x")), clone_empty([1]), clone_empty({"a": 1}), clone_empty(5), clone_empty(c).__class__)

# === Dispatch table keyed by type ===
handlers = {int: lambda v: v * 2, str: lambda v: v.upper(), list: lambda v: v[::-1]}
for v in [21, "abc", [1, 2, 3], 2.5]:
    handler = handlers.get(type(v))
    print(repr(v), "->", handler(v) if handler else "no handler for " + type(v).__name__)

# === bool is not int for exact type checks ===
print(type(True) is int, type(True) is bool, type(1) == type(True))

# === __class__ attribute agrees with type() ===
print(c.__class__ is type(c), (5).__class__, "x".__class__.__name__)

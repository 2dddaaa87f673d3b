# isinstance() and issubclass() including tuples of types.

class Animal: pass
class Dog(Animal): pass
class Robot: pass
class RoboDog(Dog, Robot): pass

rex = Dog()
bolt = RoboDog()

# === Single types ===
print(isinstance(rex, Dog), isinstance(rex, Animal), isinstance(rex, Robot), isinstance(rex, object))
print(isinstance(bolt, Robot), isinstance(bolt, Animal))

# === Tuples of types (any match) ===
print(isinstance(3, (str, int)), isinstance(3.0, (str, int)), isinstance("x", (list, (int, str))))
print(isinstance(rex, (Robot, Animal)), isinstance(None, (int, type(None))))

# === Built-in type relationships ===
print(isinstance(True, int), isinstance(1, bool), isinstance(1, float), isinstance([], (list, tuple)))
print(isinstance(Dog, type), isinstance(int, type), isinstance(type, type), isinstance(type, object))

# === issubclass ===
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Dog, Dog), issubclass(RoboDog, (Robot, int)))
print(issubclass(bool, int), issubclass(int, object), issubclass(KeyError, (LookupError, TypeError)))

# === Type-based dispatch ===
def describe(value):
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, (list, tuple, set)):
        return f"collection of {len(value)}"
    if isinstance(value, dict):
        return "mapping"
    return type(value).__name__

print([describe(v) for v in [True, 3, 2.5, "s", [1, 2], (1,), {3}, {"a": 1}, None, rex]])

# === issubclass requires a class ===
try:
    issubclass(rex, Animal)
except TypeError as e:
    print("TypeError:", e)

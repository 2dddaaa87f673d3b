# getattr, hasattr, setattr and delattr.

class Settings:
    theme = "light"

    def __init__(self):
        self.size = 12

s = Settings()

# === getattr with and without default ===
print(getattr(s, "size"), getattr(s, "theme"), getattr(s, "missing", None), getattr(Settings, "theme"))
try:
    getattr(s, "missing")
except AttributeError:
    print("AttributeError without default")

# === hasattr ===
print(hasattr(s, "size"), hasattr(s, "theme"), hasattr(s, "nope"), hasattr("x", "upper"), hasattr(5, "real"))

# === setattr creates or updates attributes ===
setattr(s, "size", 14)
setattr(s, "font", "mono")
print(s.size, s.font, sorted(vars(s)))

# === delattr ===
delattr(s, "font")
print(hasattr(s, "font"))
try:
    delattr(s, "font")
except AttributeError:
    print("AttributeError on second delattr")

# === Applying a config dict ===
updates = {"size": 16, "theme": "dark", "line_height": 1.4}
for key, value in updates.items():
    setattr(s, key, value)
print({k: getattr(s, k) for k in updates}, Settings.theme)

# === getattr for method dispatch ===
class Calculator:
    def op_add(self, a, b):
        return a + b
    def op_mul(self, a, b):
        return a * b

calc = Calculator()
for name in ["add", "mul", "pow"]:
    method = getattr(calc, "op_" + name, None)
    print(name, method(6, 7) if method else "unsupported")

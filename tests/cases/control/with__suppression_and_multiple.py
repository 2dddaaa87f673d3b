# Suppressing exceptions in __exit__ and multiple context managers.

class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught = exc
            return True
        return False

# === Matching exception is suppressed ===
with Suppress(KeyError) as s:
    {}["missing"]
    print("not reached")
print("continued, caught", repr(s.caught))

# === Non-matching exception propagates ===
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("propagated:", e)

# === Multiple managers: entered left to right, exited right to left ===
class Named:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, *exc):
        print("exit", self.name)

with Named("a") as a, Named("b") as b, Named("c"):
    print("body", a, b)

# === Parenthesized form ===
with (Named("x") as x,
      Named("y") as y):
    print("body", x, y)

# === Inner suppression hides error from outer ===
with Named("outer"):
    with Suppress(ValueError):
        raise ValueError("hidden")
    print("still inside outer")

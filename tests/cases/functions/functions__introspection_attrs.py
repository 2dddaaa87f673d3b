# Function metadata attributes.

def area(width: float, height: float = 1.0, *, unit: str = "m") -> str:
    """Compute a rectangle's area as text."""
    return f"{width * height}{unit}^2"

# === Names and docs ===
print(area.__name__, area.__qualname__, area.__doc__)
print(area.__module__)

# === Defaults ===
print(area.__defaults__, area.__kwdefaults__)

# === Annotations are stored but not enforced ===
print(area.__annotations__)
print(area("3", 2, unit="cm") if False else area(3, 2, unit="cm"))

# === Nested function qualname ===
def outer():
    def inner():
        pass
    return inner

print(outer().__name__, outer().__qualname__)

class Shape:
    def method(self):
        pass
    @staticmethod
    def helper():
        pass

print(Shape.method.__qualname__, Shape.helper.__qualname__)

# === Functions without docstring ===
def bare():
    pass
print(bare.__doc__, bare.__defaults__, bare.__kwdefaults__, bare.__annotations__)

# === Changing attributes ===
def renamed():
    return 1

renamed.__name__ = "new_name"
renamed.__doc__ = "Patched doc."
print(renamed.__name__, renamed.__doc__)

# === Lambdas ===
sq = lambda x: x * x
print(sq.__name__, sq.__doc__, sq.__defaults__)

# Rich comparison methods and sorting.

class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text

    def __repr__(self):
        return f"v{self.text}"

    def _key(self):
        parts = list(self.parts)
        while parts and parts[-1] == 0:
            parts.pop()
        return tuple(parts)

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __le__(self, other):
        return self._key() <= other._key()

versions = [Version(v) for v in ["1.2", "1.10", "1.2.0", "0.9", "2", "1.2.1"]]

# === Sorting uses __lt__ ===
print(sorted(versions), min(versions), max(versions))

# === Equality treats trailing zeros as equal ===
print(Version("1.2") == Version("1.2.0"), Version("1.2") != Version("1.3"))
print(Version("1.0") == "1.0")

# === Reflected comparisons: a > b uses b.__lt__(a) ===
print(Version("2.0") > Version("1.9"), Version("1.0") >= Version("1"))

# === Comparison operators return whatever the method returns ===
class Loose:
    def __lt__(self, other):
        return "maybe"
    def __eq__(self, other):
        return 42

print(Loose() < Loose(), Loose() == 1, Loose() != 1)

# === Missing ordering methods give TypeError ===
class Plain:
    pass
try:
    Plain() < Plain()
except TypeError as e:
    print("TypeError:", e)

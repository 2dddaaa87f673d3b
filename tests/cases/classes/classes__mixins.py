# Mixin classes combined through multiple inheritance.

class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if not k.startswith("_"))
        return f"{type(self).__name__}({fields})"

class DictMixin:
    def to_dict(self):
        out = {}
        for k, v in vars(self).items():
            if k.startswith("_"):
                continue
            out[k] = v.to_dict() if isinstance(v, DictMixin) else v
        return out

class CompareMixin:
    def _key(self):
        return tuple(vars(self).values())
    def __eq__(self, other):
        return type(self) is type(other) and self._key() == other._key()
    def __lt__(self, other):
        return self._key() < other._key()

class Address(ReprMixin, DictMixin):
    def __init__(self, city, zip_code):
        self.city = city
        self.zip_code = zip_code

class Person(ReprMixin, DictMixin, CompareMixin):
    def __init__(self, name, age, address=None):
        self.name = name
        self.age = age
        self.address = address
        self._secret = "hidden"

    def _key(self):
        return (self.age, self.name)

home = Address("Oslo", "0150")
p = Person("ann", 31, home)
q = Person("bob", 25)

# === Mixed-in behaviour ===
print(p)
print(p.to_dict())
print(q.to_dict())
print(p == Person("ann", 31), p == Person("ann", 32), sorted([p, q]))
print([c.__name__ for c in Person.__mro__])
print(isinstance(p, DictMixin), issubclass(Address, CompareMixin))

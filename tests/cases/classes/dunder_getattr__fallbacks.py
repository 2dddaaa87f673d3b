# __getattr__, __setattr__ and __delattr__.

class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        # Only called when normal lookup fails
        self._log.append(f"getattr {name}")
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"no field {name!r}") from None

    def __setattr__(self, name, value):
        self._log.append(f"set {name}")
        self._fields[name] = value

    def __delattr__(self, name):
        self._log.append(f"del {name}")
        del self._fields[name]

r = Record(name="ann", age=30)

# === Dynamic attribute access ===
print(r.name, r.age)
r.age = 31
r.city = "Oslo"
print(r.age, r.city, r._fields)
del r.city
print(hasattr(r, "city"), getattr(r, "city", "n/a"))
try:
    r.salary
except AttributeError as e:
    print("AttributeError:", e)
print(r._log)

# === __getattr__ is not called for existing attributes ===
class Defaults:
    existing = "real"
    def __getattr__(self, name):
        return f"default-{name}"

d = Defaults()
print(d.existing, d.anything, d.other_thing, getattr(d, "x"))

# === Proxy / delegation ===
class Upper:
    def __init__(self, wrapped):
        self._wrapped = wrapped
    def __getattr__(self, name):
        attr = getattr(self._wrapped, name)
        if callable(attr):
            return lambda *a, **k: str(attr(*a, **k)).upper()
        return attr

u = Upper("hello world")
print(u.title(), u.replace("world", "there"), u.count("o"))

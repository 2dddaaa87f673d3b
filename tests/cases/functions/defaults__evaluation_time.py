# Default values are evaluated once, at definition time.

counter = 0

def next_id():
    global counter
    counter += 1
    return counter

def make(label, ident=next_id()):
    return label, ident

# === Default computed once ===
print(make("a"), make("b"), make("c", 99), counter)

# === Mutable default shared across calls ===
def collect(x, acc=[]):
    acc.append(x)
    return acc

print(collect(1), collect(2), collect(3, []), collect(4))

# === Defaults referencing earlier names ===
base = 10
def scaled(x, factor=base):
    return x * factor
base = 100
print(scaled(2), scaled(2, base))

# === Inspecting defaults ===
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet.__defaults__)
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))

# === None sentinel pattern ===
_missing = object()
def get(d, key, default=_missing):
    if key in d:
        return d[key]
    if default is _missing:
        return "raise KeyError"
    return default

print(get({"a": 1}, "a"), get({}, "a"), get({}, "a", None))

# === Defaults with keyword-only parameters ===
def connect(host, *, port=80, secure=False):
    return f"{'https' if secure else 'http'}://{host}:{port}"

print(connect("x.io"), connect("x.io", secure=True, port=443), connect.__kwdefaults__)

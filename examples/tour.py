# A tour of Edge Python: the Python you know, run in a sandbox.
# Run it with:  edge run examples/tour.py

# === Classes, properties, dunders ===
class Vector:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    @property
    def length(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


v = Vector(3, 4) + Vector(0, 0)
print(v, v.length)

# === Pattern matching ===
def describe(shape):
    match shape:
        case Vector(0, 0):
            return "origin"
        case Vector(x, 0) | Vector(0, x):
            return f"on an axis at {x}"
        case {"kind": "circle", "r": r} if r > 0:
            return f"circle of area {3.14159 * r * r:.2f}"
        case [first, *rest]:
            return f"list starting with {first!r} and {len(rest)} more"
        case _:
            return "something else"


for shape in (Vector(0, 0), Vector(0, 7), {"kind": "circle", "r": 2}, ["a", "b", "c"], 42):
    print(describe(shape))

# === Generators, comprehensions, closures ===
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1


def take(n, iterable):
    return [x for _, x in zip(range(n), iterable)]


print(take(10, primes()))
squares = {n: n * n for n in range(6) if n % 2 == 0}
print(squares, sorted({w.lower() for w in "The the THE sandbox".split()}))

# === Exceptions, with custom classes and chaining ===
class ConfigError(Exception):
    pass


def parse_port(text):
    try:
        return int(text)
    except ValueError as exc:
        raise ConfigError(f"bad port {text!r}") from exc


try:
    parse_port("eighty")
except ConfigError as err:
    print(f"{type(err).__name__}: {err} (caused by {type(err.__cause__).__name__})")

# === Edge's cooperative tasks on a virtual clock ===
async def worker(name, delay):
    for step in range(2):
        sleep(delay)
        print(f"{name} step {step}")
    return name.upper()

print(gather(worker("fast", 1), worker("slow", 2)))

# === The sandbox at work: limits end a run cleanly ===
print("formatted:", f"{1234567.891:,.2f}", "|", "%-6s|%5d" % ("ok", 42))

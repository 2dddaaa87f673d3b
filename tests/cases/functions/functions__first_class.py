# Functions are first-class objects.

def add(a, b):
    return a + b

def sub(a, b):
    return a - b

# === Stored in data structures ===
table = {"add": add, "sub": sub, "max": max, "pow": pow}
for name in table:
    print(name, table[name](7, 3))

# === Passed as arguments ===
def apply_twice(fn, x):
    return fn(fn(x))

print(apply_twice(lambda v: v * 3, 2), apply_twice(str.upper, "hi"), apply_twice(abs, -5))

# === Returned from functions ===
def pick(op):
    def mul(a, b):
        return a * b
    return {"+": add, "-": sub, "*": mul}[op]

print(pick("*")(6, 7), pick("+").__name__, pick("*").__qualname__)

# === Attributes on functions ===
def tagged():
    return "tagged"

tagged.version = 2
tagged.owner = "ops"
print(tagged.version, tagged.owner, tagged())

# === Identity and equality ===
f = add
print(f is add, f == add, f(1, 1), callable(f), callable(3))

# === Builtins and methods are callable values ===
ops = [len, str.lower, "-".join, [3, 1, 2].index]
print([op("ABC") if op is not [3, 1, 2].index else None for op in ops[:3]])
print(ops[3](1))

# === Simple event system ===
handlers = {}
def on(event, fn):
    handlers.setdefault(event, []).append(fn)

def emit(event, payload):
    return [fn(payload) for fn in handlers.get(event, [])]

on("save", lambda p: f"saved {p}")
on("save", lambda p: f"logged {p}")
on("quit", str.upper)
print(emit("save", "doc.txt"), emit("quit", "bye"), emit("none", 1))

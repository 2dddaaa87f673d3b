# yield from: delegation and return values.

def inner(n):
    for i in range(n):
        yield i
    return f"inner done ({n})"

def outer():
    result = yield from inner(3)
    print("got", result)
    result2 = yield from inner(2)
    print("got", result2)
    return "outer done"

# === Values flow through; return values are captured ===
gen = outer()
print(list(gen))

# === yield from any iterable ===
def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain([1, 2], "ab", range(3), {"k": 1})))

# === send() passes through yield from ===
def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

def delegator():
    result = yield from accumulate()
    yield f"sub-total {result}"

d = delegator()
next(d)
print(d.send(5), d.send(7), d.send(None))

# === Recursive tree traversal with yield from ===
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])

def walk(node, depth=0):
    name, children = node
    yield "  " * depth + name
    for child in children:
        yield from walk(child, depth + 1)

for line in walk(tree):
    print(line)

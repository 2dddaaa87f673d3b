# next() with and without a default.

# === Basic use ===
it = iter(["a", "b"])
print(next(it), next(it), next(it, "default"), next(it, None))

# === StopIteration without default ===
try:
    next(iter([]))
except StopIteration:
    print("StopIteration raised")

# === First match in a sequence ===
users = [{"name": "ann", "admin": False}, {"name": "bob", "admin": True}, {"name": "cy", "admin": True}]
print(next(u["name"] for u in users if u["admin"]))
print(next((u["name"] for u in users if u["name"].startswith("z")), "nobody"))

# === Peeking at the head of an iterator ===
lines = iter(["# header", "1", "2", "3"])
header = next(lines)
print(header, [int(x) for x in lines])

# === next() on generators ===
def gen():
    yield 1
    yield 2
    return "done"

g = gen()
print(next(g), next(g), next(g, "exhausted"))

# === next() on a custom iterator ===
class Blink:
    def __init__(self):
        self.state = False
    def __iter__(self):
        return self
    def __next__(self):
        self.state = not self.state
        return "on" if self.state else "off"

b = Blink()
print([next(b) for _ in range(5)])

# === next() requires an iterator, not an iterable ===
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)

# === Pairing items from the same iterator ===
nums = iter(range(6))
print([(x, next(nums, None)) for x in nums])

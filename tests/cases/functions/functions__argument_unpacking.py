# Unpacking sequences and mappings into calls.

def describe(name, age, city="unknown"):
    return f"{name} ({age}) from {city}"

# === * and ** unpacking ===
row = ("ann", 30, "Oslo")
print(describe(*row))
print(describe(*row[:2]))
info = {"name": "bob", "age": 41, "city": "Lima"}
print(describe(**info))
print(describe("cy", **{"age": 22}))
print(describe(*["di"], **{"age": 5, "city": "Rome"}))

# === Multiple unpackings in one call ===
def total(*args, **kwargs):
    return sum(args) + sum(kwargs.values())

print(total(*[1, 2], *(3, 4), *range(2), **{"a": 10}, **{"b": 20}))

# === Unpacking generators and strings ===
print(max(*(x % 7 for x in range(20))), min(*"zebra"))

# === Duplicate keyword through unpacking is an error ===
try:
    describe("x", **{"name": "y", "age": 1})
except TypeError as e:
    print("TypeError:", e)
try:
    total(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)

# === Keys must be strings ===
try:
    total(**{1: 2})
except TypeError as e:
    print("TypeError:", e)

# === Applying a list of argument tuples ===
calls = [("ann", 1), ("bob", 2, "Paris"), ("cid", 3)]
for args in calls:
    print(describe(*args))

# === Transposing with zip(*) ===
matrix = [(1, 2, 3), (4, 5, 6)]
print(list(zip(*matrix)))

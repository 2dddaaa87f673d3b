# Truth values of built-in objects.

# === Falsy values ===
falsy = [None, False, 0, 0.0, -0.0, 0j, "", b"", [], (), {}, set(), frozenset(), range(0)]
for v in falsy:
    print(repr(v), bool(v))

# === Truthy values ===
truthy = [True, 1, -1, 0.1, "0", " ", b"\x00", [0], (None,), {0: 0}, {0}, range(1)]
for v in truthy:
    print(repr(v), bool(v))

# === In conditions ===
def describe(x):
    if x:
        return "truthy"
    else:
        return "falsy"

print([describe(x) for x in [0, 1, "", "a", [], [[]]]])

# === while on a list ===
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())

# === Counting truthy ===
data = [0, 1, "", "x", None, [], [1], 0.0, 2.5]
print(sum(1 for d in data if d), len(list(filter(None, data))))
print(any(data), all(data), all(d for d in data if d))

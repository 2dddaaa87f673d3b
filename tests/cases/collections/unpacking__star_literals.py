# Star unpacking inside list, tuple, set and dict displays.

a = [1, 2]
b = (3, 4)
c = range(5, 7)

# === Lists and tuples ===
print([*a, *b, *c])
print((*a, 0, *b))
print([*"hi", *a])
print((*a,))

# === Sets ===
print({*a, *b, 1, 2})
print(sorted({*"abc", *"bcd"}))

# === Dicts ===
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2})
print({**d2, **d1, "w": 0})

# === In function calls ===
def f(*args, **kwargs):
    return args, kwargs

print(f(*a, *b))
print(f(*a, 9, *c, k=1, **d1))
print(f(**{"a": 1}, **{"b": 2}))

# === Unpacking generators and dict keys ===
print([*(x * x for x in range(4))])
print([*d1], [*d1.values()], [*d1.items()])

# === print with star ===
print(*a, *b, sep="-")
print(*"abc")

# === Empty unpackings ===
print([*[], *()], {**{}}, f(*[], **{}))

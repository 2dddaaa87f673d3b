# Keyword-only parameters after * or *args.

def search(items, target, *, start=0, reverse=False):
    seq = list(enumerate(items))[start:]
    if reverse:
        seq.reverse()
    for i, v in seq:
        if v == target:
            return i
    return -1

data = [3, 1, 4, 1, 5, 9, 1]

# === Calling with keywords ===
print(search(data, 1), search(data, 1, start=2), search(data, 1, reverse=True))

# === Positional use of keyword-only fails ===
try:
    search(data, 1, 2)
except TypeError as e:
    print("TypeError:", e)

# === Required keyword-only arguments ===
def create_user(name, *, email, admin=False):
    return {"name": name, "email": email, "admin": admin}

print(create_user("ann", email="a@x.io"))
try:
    create_user("bob")
except TypeError as e:
    print("TypeError:", e)

# === Keyword-only after *args ===
def join(*parts, sep=" ", end=""):
    return sep.join(parts) + end

print(join("a", "b", "c"), join("a", "b", sep="-", end="!"))

# === Keyword arguments in any order ===
def box(*, width, height, depth=1):
    return width * height * depth

print(box(height=2, width=3), box(depth=4, width=1, height=2))
print(box(**{"width": 5, "height": 5}))

# === Too many positionals ===
try:
    box(1, 2)
except TypeError as e:
    print("TypeError:", e)

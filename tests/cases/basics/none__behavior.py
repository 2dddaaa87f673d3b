# None is a singleton and falsy.

# === Basics ===
print(None, repr(None), str(None), type(None))
print(None is None, None == None, bool(None))

# === Functions without return yield None ===
def nothing():
    pass

def early(x):
    if x:
        return
    return 1

print(nothing(), early(True), early(False))

# === Default argument sentinel ===
def append_to(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_to(1), append_to(2), append_to(3, [0]))

# === None in collections ===
values = [3, None, 1, None, 2]
print([v for v in values if v is not None])
print(values.count(None), values.index(None))
print({None: "none-key"}[None])

# === dict.get returns None when missing ===
d = {"a": 1}
print(d.get("b"), d.get("b", 0))
print([x or 0 for x in values])

# === Comparisons with None ===
print(None != 0, None != "", None in [0, "", None])

# Core dict methods.

d = {"a": 1, "b": 2}

# === get / setdefault ===
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("c", 3), d.setdefault("a", 100), d)

# === update in several forms ===
d.update({"d": 4})
d.update(e=5)
d.update([("f", 6), ("a", 10)])
print(d)

# === pop / popitem ===
print(d.pop("f"), d.pop("zz", "default"), d)
print(d.popitem(), d)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)

# === keys / values / items ===
print(list(d.keys()), list(d.values()), list(d.items()))
print("a" in d, 10 in d, 10 in d.values(), ("a", 10) in d.items())

# === fromkeys / copy / clear ===
base = dict.fromkeys(["x", "y", "z"], 0)
print(base)
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
c = d.copy()
d.clear()
print(d, c)

# === dict constructor forms ===
print(dict(a=1, b=2), dict([("k", "v")]), dict(zip("abc", range(3))), dict({"x": 1}, y=2))

# === len and deletion ===
del c["a"]
print(len(c), c)

# Merging dicts with |, |= and ** unpacking.

defaults = {"color": "red", "size": "M", "qty": 1}
overrides = {"size": "L", "qty": 3, "gift": True}

# === | creates a new dict, right side wins ===
merged = defaults | overrides
print(merged)
print(overrides | defaults)
print(defaults)

# === |= updates in place and accepts iterables of pairs ===
cfg = dict(defaults)
cfg |= {"color": "blue"}
cfg |= [("extra", 0)]
print(cfg)

# === ** unpacking ===
print({**defaults, **overrides, "qty": 99})
print({"qty": 99, **defaults})
print(dict(**defaults, note="x"))

# === Key order: first insertion position is kept ===
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, list((a | b).keys()))

# === Deep merge helper ===
def deep_merge(base, extra):
    out = dict(base)
    for k, v in extra.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = v
    return out

conf = {"db": {"host": "localhost", "port": 5432}, "debug": False}
local = {"db": {"port": 6543, "user": "me"}, "debug": True}
print(deep_merge(conf, local))
print(conf)

# Walking nested dict/list structures.

doc = {
    "name": "project",
    "version": 3,
    "authors": [{"name": "ann", "email": "a@x.io"}, {"name": "bob"}],
    "deps": {"runtime": ["alpha", "beta"], "dev": []},
    "meta": {"tags": ["x", "y"], "stars": 42, "nested": {"deep": {"value": True}}},
}

# === Path lookup ===
def lookup(obj, path, default=None):
    for part in path.split("."):
        if isinstance(obj, dict) and part in obj:
            obj = obj[part]
        elif isinstance(obj, list) and part.isdigit() and int(part) < len(obj):
            obj = obj[int(part)]
        else:
            return default
    return obj

for p in ["name", "authors.0.email", "authors.1.email", "meta.nested.deep.value", "deps.dev", "authors.5"]:
    print(p, "->", lookup(doc, p, "?"))

# === Flatten to dotted keys ===
def flatten(obj, prefix=""):
    out = {}
    if isinstance(obj, dict):
        items = obj.items()
    elif isinstance(obj, list):
        items = enumerate(obj)
    else:
        return {prefix: obj}
    for k, v in items:
        key = f"{prefix}.{k}" if prefix else str(k)
        out.update(flatten(v, key))
    return out

for k, v in flatten(doc).items():
    print(f"{k} = {v!r}")

# === Count leaf values by type ===
counts = {}
for v in flatten(doc).values():
    counts[type(v).__name__] = counts.get(type(v).__name__, 0) + 1
print(counts)

# Shallow vs deep copies without the copy module.

original = {"name": "cfg", "values": [1, 2, 3], "nested": {"flags": ["a"]}}

# === Assignment is aliasing ===
alias = original
alias["name"] = "changed"
print(original["name"])

# === Shallow copies share inner objects ===
shallow = dict(original)
shallow["values"].append(4)
shallow["name"] = "shallow"
print(original["values"], original["name"])

# === A recursive deep copy ===
def deep_copy(obj):
    if isinstance(obj, dict):
        return {k: deep_copy(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [deep_copy(v) for v in obj]
    if isinstance(obj, tuple):
        return tuple(deep_copy(v) for v in obj)
    if isinstance(obj, set):
        return {deep_copy(v) for v in obj}
    return obj

deep = deep_copy(original)
deep["nested"]["flags"].append("b")
deep["values"].clear()
print(original)
print(deep)
print(deep == original, deep["nested"] is original["nested"])

# === Different ways to copy a list ===
src = [[1], [2]]
copies = [src[:], list(src), src.copy(), [*src], [x for x in src]]
for c in copies:
    print(c == src, c is src, c[0] is src[0])

# === Copying a list of lists properly ===
grid = [[0, 0], [0, 0]]
g2 = [row[:] for row in grid]
g2[0][0] = 9
print(grid, g2)

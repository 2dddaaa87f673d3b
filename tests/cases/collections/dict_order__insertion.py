# Dicts preserve insertion order.

d = {}
for k in ["zeta", "alpha", "mid"]:
    d[k] = len(k)
print(d, list(d))

# === Updating an existing key keeps its position ===
d["zeta"] = 0
print(list(d.items()))

# === Deleting and re-inserting moves key to the end ===
del d["zeta"]
d["zeta"] = 99
print(list(d))

# === pop + reinsert to move to end (LRU style) ===
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}

    def get(self, key):
        if key not in self.data:
            return None
        value = self.data.pop(key)
        self.data[key] = value
        return value

    def put(self, key, value):
        self.data.pop(key, None)
        self.data[key] = value
        if len(self.data) > self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]

cache = LRU(2)
cache.put("a", 1)
cache.put("b", 2)
print(cache.get("a"))
cache.put("c", 3)
print(list(cache.data), cache.get("b"), cache.get("c"))

# === popitem is LIFO ===
e = {"x": 1, "y": 2, "z": 3}
print(e.popitem(), e.popitem(), e)

# === Equality ignores order ===
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"a": 1, "b": 2}) == list({"b": 2, "a": 1}))

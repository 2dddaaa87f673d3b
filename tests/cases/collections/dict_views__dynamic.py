# Dict views are live and support set operations.

inventory = {"apple": 3, "pear": 0, "fig": 7}
keys = inventory.keys()
values = inventory.values()
items = inventory.items()

# === Views reflect later changes ===
print(list(keys), list(values))
inventory["kiwi"] = 2
del inventory["pear"]
print(list(keys), list(values), len(items))

# === Set operations on keys views ===
other = {"fig": 1, "plum": 5}
print(sorted(keys & other.keys()), sorted(keys | other.keys()), sorted(keys - other.keys()), sorted(keys ^ other.keys()))
print(sorted(keys & {"apple", "nope"}))
print(keys == {"apple", "fig", "kiwi"}, keys.isdisjoint({"x"}))

# === items views ===
print(sorted(items & {("fig", 7), ("fig", 1)}))

# === Iteration and reversed ===
for k, v in items:
    print(k, v)
print(list(reversed(inventory)), list(reversed(inventory.values())))

# === Views are not indexable ===
try:
    keys[0]
except TypeError as e:
    print("TypeError:", e)
print(list(keys)[0], next(iter(values)))

# === Modifying during iteration raises ===
try:
    for k in inventory:
        inventory[k + "!"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)

# === Safe pattern: iterate over a copy ===
for k in list(inventory):
    if inventory[k] < 3:
        del inventory[k]
print(inventory)

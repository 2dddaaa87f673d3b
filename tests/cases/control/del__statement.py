# The del statement on names, items, slices and attributes.

# === Deleting names ===
x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)

# === Deleting multiple targets ===
a, b, c = 1, 2, 3
del a, b
print(c)

# === Deleting list items and slices ===
nums = list(range(10))
del nums[0]
del nums[-1]
del nums[1:3]
del nums[::2]
print(nums)

# === Deleting dict keys ===
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)

# === Deleting attributes ===
class Obj:
    pass

o = Obj()
o.value = 5
o.other = 6
del o.value
print(hasattr(o, "value"), o.other)
try:
    del o.value
except AttributeError:
    print("AttributeError on second delete")

# === del of nested targets ===
grid = [[1, 2, 3], [4, 5, 6]]
del grid[0][1], grid[1][0]
print(grid)

# === del in a loop over a copy ===
scores = {"x": 10, "y": 0, "z": 3, "w": 0}
for key in [k for k, v in scores.items() if v == 0]:
    del scores[key]
print(scores)

# Too many values to unpack.
row = "ann,31,Oslo,extra"
name, age, city = row.split(",")  ### ValueError: too many values to unpack (expected 3)
---
# Not enough values to unpack.
pair = [1]
print("pair has", len(pair), "items")
a, b = pair  ### ValueError: not enough values to unpack (expected 2, got 1)
---
# Not enough values with a star target.
values = [1]
print(values)
first, second, *rest = values  ### ValueError: not enough values to unpack (expected at least 2, got 1)
---
# Unpacking a non-iterable.
result = 42
print(result)
x, y = result  ### TypeError: cannot unpack non-iterable int object
---
# Unpacking inside a for loop.
records = [("a", 1), ("b", 2), ("c", 3, "extra")]
for key, value in records:  ### ValueError: too many values to unpack (expected 2)
    print(key, value)
---
# Unpacking None returned from a function.
def lookup(name):
    if name == "ann":
        return ("ann", 31)

print(lookup("ann"))
person, age = lookup("bob")  ### TypeError: cannot unpack non-iterable NoneType object
---
# Unpacking dict items as triples.
counts = {"x": 1}
for k, v in counts.items():
    print(k, v)
for k, v, extra in counts.items():  ### ValueError: not enough values to unpack (expected 3, got 2)
    print(k)

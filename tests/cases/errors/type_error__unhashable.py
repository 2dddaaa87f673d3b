# A list as a dict key.
index = {}
key = ["a", "b"]
index[tuple(key)] = 1
print(index)
index[key] = 2  ### TypeError: unhashable type: 'list'
---
# A dict inside a set.
rows = [{"id": 1}, {"id": 2}]
print(len(rows))
unique = set(rows)  ### TypeError: unhashable type: 'dict'
---
# A set as a set element.
groups = {frozenset({1, 2})}
print(len(groups))
groups.add({3, 4})  ### TypeError: unhashable type: 'set'
---
# A list used in a membership test against a set.
allowed = {1, 2, 3}
print(2 in allowed)
print([1, 2] in allowed)  ### TypeError: unhashable type: 'list'
---
# Counting unhashable items with a dict.
def count(items):
    tally = {}
    for item in items:
        tally[item] = tally.get(item, 0) + 1  ### TypeError: unhashable type: 'list'
    return tally

print(count(["x", "y", "x"]))
print(count([[1], [1]]))

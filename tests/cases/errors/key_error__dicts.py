# Missing string key.
prices = {"apple": 1.2, "pear": 0.8}
print(prices["apple"])
print(prices["mango"])  ### KeyError: 'mango'
---
# Missing integer key.
squares = {n: n * n for n in range(5)}
print(squares)
print(squares[7])  ### KeyError: 7
---
# Missing tuple key.
grid = {(0, 0): "start", (1, 1): "end"}
print(grid[(1, 1)])
print(grid[(2, 2)])  ### KeyError: (2, 2)
---
# dict.pop without default.
config = {"debug": True}
print(config.pop("debug"))
config.pop("debug")  ### KeyError: 'debug'
---
# popitem on an empty dict.
d = {"only": 1}
print(d.popitem())
d.popitem()  ### KeyError: 'popitem(): dictionary is empty'
---
# set.remove of a missing element.
seen = {1, 2, 3}
seen.remove(2)
print(sorted(seen))
seen.remove(2)  ### KeyError: 2
---
# pop from an empty set.
pending = {10}
print(pending.pop())
pending.pop()  ### KeyError: 'pop from an empty set'
---
# Nested lookup failing deep inside a helper.
users = {"ann": {"profile": {"city": "Oslo"}}, "bob": {"profile": {}}}

def city_of(name):
    return users[name]["profile"]["city"]  ### KeyError: 'city'

print(city_of("ann"))
print(city_of("bob"))
---
# str.format with a missing named field.
template = "{greeting}, {name}!"
print(template.format(greeting="Hi", name="Ann"))
print(template.format(greeting="Hi"))  ### KeyError: 'name'

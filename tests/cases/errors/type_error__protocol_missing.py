# Iterating over an object without __iter__ or __getitem__.
class Bag:
    def __init__(self):
        self.items = [1, 2]

b = Bag()
print(b.items)
for x in b:  ### TypeError: 'Bag' object is not iterable
    print(x)
---
# Membership test on an object without __contains__/__iter__.
class Registry:
    pass

r = Registry()
print("checking membership")
print("x" in r)  ### TypeError: argument of type 'Registry' is not iterable
---
# Subscripting an object without __getitem__.
class Row:
    def __init__(self, values):
        self.values = values

row = Row([1, 2])
print(row.values[0])
print(row[0])  ### TypeError: 'Row' object is not subscriptable
---
# Calling an instance without __call__.
class Handler:
    pass

h = Handler()
print(callable(h))
h("event")  ### TypeError: 'Handler' object is not callable
---
# __iter__ returning a non-iterator.
class BadIterable:
    def __iter__(self):
        return [1, 2, 3]

print("about to iterate")
list(BadIterable())  ### TypeError: iter() returned non-iterator of type 'list'
---
# __repr__ returning a non-string.
class Weird:
    def __repr__(self):
        return 42

print("about to repr")
print(repr(Weird()))  ### TypeError: __repr__ returned non-string (type int)
---
# Formatting an object with a spec it does not support.
class Plain:
    pass

print(format(Plain(), "") != "")
print(f"{Plain():>10}")  ### TypeError: unsupported format string passed to Plain.__format__

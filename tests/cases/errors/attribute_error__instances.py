# Missing attribute on an instance.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y)
print(p.velocity)  ### AttributeError: 'Point' object has no attribute 'velocity'
---
# Attribute access on None returned by a method that mutates in place.
names = ["b", "a"]
result = names.sort()
print(names)
result.append("c")  ### AttributeError: 'NoneType' object has no attribute 'append'
---
# Missing method on a built-in type.
text = "hello"
print(text.upper())
text.push("!")  ### AttributeError: 'str' object has no attribute 'push'
---
# Attribute deleted earlier.
class Box:
    pass

b = Box()
b.content = "toys"
print(b.content)
del b.content
print(b.content)  ### AttributeError: 'Box' object has no attribute 'content'
---
# Raised from inside a method.
class Account:
    def __init__(self, owner):
        self.owner = owner

    def summary(self):
        return f"{self.owner}: {self.balance_cents}"  ### AttributeError: 'Account' object has no attribute 'balance_cents'

acct = Account("ann")
print(acct.owner)
print(acct.summary())

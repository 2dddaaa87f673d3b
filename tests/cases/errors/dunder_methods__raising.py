# __add__ returning NotImplemented for unsupported operands.
class Vec:
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x)
        return NotImplemented

print((Vec(1) + Vec(2)).x)
Vec(1) + 5  ### TypeError: unsupported operand type(s) for +: 'Vec' and 'int'
---
# Ordering objects without comparison methods.
class Task:
    def __init__(self, priority):
        self.priority = priority

tasks = [Task(2), Task(1)]
print(sorted(t.priority for t in tasks))
sorted(tasks)  ### TypeError: '<' not supported between instances of 'Task' and 'Task'
---
# __eq__ without __hash__ makes instances unhashable.
class Tag:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return self.name == other.name

print(Tag("a") == Tag("a"))
tags = {Tag("a")}  ### TypeError: unhashable type: 'Tag'
---
# __len__ returning a negative number.
class Broken:
    def __len__(self):
        return -1

print("measuring")
len(Broken())  ### ValueError: __len__() should return >= 0
---
# __getitem__ raising a custom IndexError.
class Deck:
    def __init__(self):
        self.cards = ["A", "K", "Q"]
    def __getitem__(self, i):
        if i >= len(self.cards):
            raise IndexError(f"only {len(self.cards)} cards")  ### IndexError: only 3 cards
        return self.cards[i]

d = Deck()
print(d[0], d[2])
print(d[3])
---
# Validation in __init__.
class Percentage:
    def __init__(self, value):
        if not 0 <= value <= 100:
            raise ValueError(f"{value} is not a percentage")  ### ValueError: 150 is not a percentage
        self.value = value

print(Percentage(50).value)
Percentage(150)
---
# Calling a class with arguments it does not accept.
class Empty:
    pass

print(type(Empty()).__name__)
Empty(1)  ### TypeError: Empty() takes no arguments
---
# __init__ missing an argument reports the qualified name.
class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b

print(Pair(1, 2).b)
Pair(1)  ### TypeError: Pair.__init__() missing 1 required positional argument: 'b'

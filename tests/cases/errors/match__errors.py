# Positional sub-patterns require __match_args__.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y):  ### TypeError: Point() accepts 0 positional sub-patterns (2 given)
            return f"{x},{y}"

print(where(Point(0, 0)))
print(where(Point(1, 2)))
---
# A duplicated attribute in a class pattern.
class Box:
    __match_args__ = ("width",)
    def __init__(self, width):
        self.width = width

match Box(1):
    case Box(1, width=1):  ### TypeError: Box() got multiple sub-patterns for attribute 'width'
        print("matched")
---
# An error inside the case body surfaces normally.
def handle(cmd):
    match cmd.split():
        case ["div", a, b]:
            return int(a) // int(b)  ### ZeroDivisionError: integer division or modulo by zero
        case _:
            return None

print(handle("div 9 3"))
print(handle("div 1 0"))
---
# A guard that raises.
def check(value):
    match value:
        case [x, *rest] if rest[0] > x:  ### IndexError: list index out of range
            return "ascending start"
        case _:
            return "other"

print(check([1, 2]))
print(check([5]))

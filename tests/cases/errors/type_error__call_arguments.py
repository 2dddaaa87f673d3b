# Missing a required positional argument.
def area(width, height):
    return width * height

print(area(2, 3))
print(area(2))  ### TypeError: area() missing 1 required positional argument: 'height'
---
# Too many positional arguments.
def greet(name):
    return "hi " + name

print(greet("ann"))
greet("ann", "bob")  ### TypeError: greet() takes 1 positional argument but 2 were given
---
# Unexpected keyword argument.
def connect(host, port=80):
    return f"{host}:{port}"

print(connect("x.io", port=8080))
connect("x.io", timeout_seconds=5)  ### TypeError: connect() got an unexpected keyword argument 'timeout_seconds'
---
# Multiple values for the same argument.
def scale(value, factor=2):
    return value * factor

print(scale(4))
scale(4, value=5)  ### TypeError: scale() got multiple values for argument 'value'
---
# Positional-only parameter passed by keyword.
def divide(a, b, /):
    return a / b

print(divide(9, 3))
divide(a=9, b=3)  ### TypeError: divide() got some positional-only arguments passed as keyword arguments: 'a, b'
---
# Missing a keyword-only argument.
def render(template, *, context):
    return template.format(**context)

print(render("{x}", context={"x": 1}))
render("{x}")  ### TypeError: render() missing 1 required keyword-only argument: 'context'
---
# Method called without its argument: the qualified name is reported.
class Stack:
    def push(self, item):
        return item

s = Stack()
print(s.push(1))
s.push()  ### TypeError: Stack.push() missing 1 required positional argument: 'item'
---
# Missing several arguments at once.
def triple(a, b, c):
    return a + b + c

triple()  ### TypeError: triple() missing 3 required positional arguments: 'a', 'b', and 'c'

# Decorators on methods and decorators with optional arguments.

def bracket(fn):
    def wrapper(self, *args):
        return "[" + fn(self, *args) + "]"
    return wrapper

class Greeter:
    def __init__(self, name):
        self.name = name

    @bracket
    def hello(self, punct="."):
        return f"hello {self.name}{punct}"

# === Method decorator receives self ===
print(Greeter("kim").hello(), Greeter("lee").hello("!"))

# === Decorator usable with or without arguments ===
def tag(fn=None, *, name="default"):
    def decorate(f):
        f.tag = name
        return f
    return decorate(fn) if fn is not None else decorate

@tag
def a():
    return "a"

@tag(name="custom")
def b():
    return "b"

print(a(), a.tag, b(), b.tag)

# === Decorator that validates the return value ===
def returns(kind):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            result = fn(*args, **kwargs)
            if not isinstance(result, kind):
                raise TypeError(f"{fn.__name__} returned {type(result).__name__}")
            return result
        return wrapper
    return decorate

@returns(int)
def parse(text):
    return int(text) if text.isdigit() else text

print(parse("12"))
try:
    parse("x")
except TypeError as e:
    print("TypeError:", e)

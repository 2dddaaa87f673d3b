# Decorators without arguments.

def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper

@shout
def greet(name):
    """Return a greeting."""
    return f"hello {name}"

# === Decorated function ===
print(greet("world"), greet.__name__, greet.__doc__)

# === Decorator is just a call ===
def plain(name):
    return f"bye {name}"

loud = shout(plain)
print(loud("moon"), plain("moon"))

# === Registration decorator returns the function unchanged ===
registry = {}

def register(fn):
    registry[fn.__name__] = fn
    return fn

@register
def add(a, b):
    return a + b

@register
def sub(a, b):
    return a - b

print(sorted(registry), registry["add"](2, 3), registry["sub"](2, 3), add is registry["add"])

# === Timing-free call counter decorator ===
def count_calls(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(10), fib.calls)

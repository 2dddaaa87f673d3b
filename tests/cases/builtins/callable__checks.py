# callable() on functions, classes, instances and other objects.

def func():
    pass

class Plain:
    def method(self):
        pass

class WithCall:
    def __call__(self):
        return "called"

# === Functions, lambdas, builtins, methods ===
print(callable(func), callable(lambda: 0), callable(len), callable(print), callable(str.upper))
print(callable(Plain().method), callable("abc".upper), callable([].append))

# === Classes are callable; instances only with __call__ ===
print(callable(Plain), callable(Plain()), callable(WithCall), callable(WithCall()))
print(callable(int), callable(type), callable(object))

# === Non-callables ===
print(callable(1), callable("text"), callable([1]), callable(None), callable({}))

# === Dispatching on callability ===
def resolve(value):
    return value() if callable(value) else value

config = {"name": "app", "port": lambda: 8000 + 80, "factory": WithCall(), "items": list}
print({k: resolve(v) for k, v in config.items()})

# === Adding __call__ after creation makes instances callable ===
class Later:
    pass

obj = Later()
print(callable(obj))
Later.__call__ = lambda self: "now callable"
print(callable(obj), obj())

# Decorator factories that take arguments.

def repeat(times):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorate

@repeat(3)
def ping(tag):
    return f"ping-{tag}"

print(ping("a"))

# === Retry decorator with configurable exceptions ===
def retry(attempts, on=(Exception,)):
    def decorate(fn):
        def wrapper(*args):
            last = None
            for n in range(1, attempts + 1):
                try:
                    return fn(*args), n
                except on as e:
                    last = e
            return f"failed: {last}", attempts
        return wrapper
    return decorate

state = {"calls": 0}

@retry(5, on=(ValueError,))
def unstable(limit):
    state["calls"] += 1
    if state["calls"] < limit:
        raise ValueError(f"call {state['calls']}")
    return "success"

print(unstable(3))
state["calls"] = 0
print(unstable(10))

# === Validation decorator ===
def check_types(*types):
    def decorate(fn):
        def wrapper(*args):
            for i, (a, t) in enumerate(zip(args, types)):
                if not isinstance(a, t):
                    return f"arg {i} must be {t.__name__}, got {type(a).__name__}"
            return fn(*args)
        return wrapper
    return decorate

@check_types(int, str)
def label(n, s):
    return s * n

print(label(3, "ab"), "|", label("3", "ab"), "|", label(2, 5))

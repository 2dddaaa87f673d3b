# *args and **kwargs collection and forwarding.

def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"

# === Collection ===
print(show())
print(show(1, 2))
print(show(a=1, b=2))
print(show(1, "x", flag=True))

# === Mixed with regular parameters ===
def mixed(a, b=2, *rest, c, d=4, **extra):
    return a, b, rest, c, d, extra

print(mixed(1, c=3))
print(mixed(1, 5, 6, 7, c=3, e=5))
print(mixed(*[1, 2, 3], **{"c": 9, "z": 0}))

# === Forwarding wrapper ===
def log_call(fn):
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        result = fn(*args, **kwargs)
        print(f"{fn.__name__}({', '.join(parts)}) -> {result!r}")
        return result
    return wrapper

@log_call
def power(base, exp=2):
    return base ** exp

power(3)
power(2, exp=10)
power(*(5, 3))

# === Summing arbitrary arguments ===
def total(*nums, start=0):
    for n in nums:
        start += n
    return start

print(total(), total(1, 2, 3), total(*range(10)), total(1.5, 2.5, start=10))

# === kwargs preserves order ===
def order(**kw):
    return list(kw)

print(order(z=1, a=2, m=3), order(**{"b": 1, "a": 2}))

# === args is always a tuple ===
def kind(*args):
    return type(args).__name__, len(args)

print(kind(), kind(*"abc"), kind([1, 2]))

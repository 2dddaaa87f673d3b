# Hand-written partial application, currying and composition.

def partial(fn, *fixed_args, **fixed_kwargs):
    def wrapper(*args, **kwargs):
        return fn(*fixed_args, *args, **{**fixed_kwargs, **kwargs})
    return wrapper

def curry(fn, arity):
    def curried(*args):
        if len(args) >= arity:
            return fn(*args)
        return lambda *more: curried(*args, *more)
    return curried

def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed

def pipe(value, *fns):
    for fn in fns:
        value = fn(value)
    return value

# === partial ===
def power(base, exp, mod=None):
    return pow(base, exp, mod) if mod else base ** exp

square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(9), two_to(10), two_to(10, mod=1000), partial(print, "prefix:")("value"))

# === curry ===
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))

# === compose and pipe ===
slugify = compose(lambda s: s.replace(" ", "-"), str.lower, str.strip)
print(slugify("  Hello Big World  "))
print(pipe(5, lambda x: x + 1, lambda x: x * 10, str, len))

# === Building specialised functions ===
def scale(factor, values):
    return [v * factor for v in values]

doubler = partial(scale, 2)
halver = partial(scale, 0.5)
print(doubler([1, 2, 3]), halver([4, 10]))

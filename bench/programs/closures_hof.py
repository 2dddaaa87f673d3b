# Closures and higher-order functions: composition, decorators, memoisation, map/filter/sorted with lambdas.


def compose(*functions):
    def composed(value):
        for function in reversed(functions):
            value = function(value)
        return value

    return composed


def counted(function):
    calls = [0]

    def wrapper(*args, **kwargs):
        calls[0] += 1
        return function(*args, **kwargs)

    wrapper.calls = calls
    return wrapper


def memoize(function):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = function(n)
        return cache[n]

    return wrapper


def make_counter(step):
    count = 0

    def tick():
        nonlocal count
        count += step
        return count

    return tick


def reduce(function, items, initial):
    acc = initial
    for item in items:
        acc = function(acc, item)
    return acc


def partial(function, *bound):
    return lambda *rest: function(*bound, *rest)


@counted
def clamp(low, high, value):
    return max(low, min(high, value))


@memoize
def partitions(n):
    if n < 2:
        return 1
    total = 0
    k = 1
    while True:
        for pentagonal, sign in ((k * (3 * k - 1) // 2, 1), (k * (3 * k + 1) // 2, 1)):
            if pentagonal > n:
                return total
            total += partitions(n - pentagonal) * (1 if k % 2 else -1) * sign
        k += 1


double = lambda x: x * 2
increment = lambda x: x + 1
square = lambda x: x * x
pipeline = compose(increment, square, double)
print("composed", sum(pipeline(i) for i in range(50000)))
to_byte = partial(clamp, 0, 255)
print("clamped", sum(map(to_byte, range(-500, 40000, 3))), "calls", clamp.calls[0])
values = list(range(1, 6000))
print("filter", sum(filter(lambda v: v % 7 == 3 or v % 11 == 5, values)))
print("reduce", reduce(lambda a, b: (a * 31 + b) % 1000003, values, 7))
words = [f"{chr(97 + i % 26)}{chr(97 + (i * 7) % 26)}{i % 13}" for i in range(3000)]
ordered = sorted(words, key=lambda w: (w[1], -len(w), w))
print("sorted", ordered[:4], ordered[-2:])
counters = [make_counter(s) for s in range(1, 6)]
for _ in range(4000):
    for counter in counters:
        counter()
print("counters", [counter() for counter in counters])
adders = [lambda x, n=n: x + n for n in range(50)]
print("adders", sum(adder(i) for i, adder in enumerate(adders * 40)))
table = [partitions(n) for n in range(181)]
print("partitions", [table[n] for n in (10, 50, 100, 180)], sum(table) % 1000003)
transforms = {"up": str.upper, "rev": lambda s: s[::-1], "dup": lambda s: s + s}
text = "closure"
for name in sorted(transforms) * 3:
    text = transforms[name](text)[:40]
print("transforms", text)

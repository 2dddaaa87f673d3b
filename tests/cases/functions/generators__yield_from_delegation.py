# yield from: delegation keeps send/throw/return values; huge ranges are fine to start.

def inner():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            return received
        received.append(value)


def outer():
    result = yield from inner()
    yield ("done", result)


g = outer()
print(next(g), g.send("a"), g.send("b"), next(g))


def counter():
    try:
        yield 1
        yield 2
    except ValueError as error:
        yield f"caught {error}"


def wrapper():
    yield from counter()


w = wrapper()
print(next(w), w.throw(ValueError("boom")))


def endless():
    yield from range(10 ** 20)


for x in endless():
    if x > 2:
        break
print(x, sum(x for x in range(10 ** 20) if x < 5 or x > 2 and False) if False else x)


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain("ab", [1, 2], (3,), {"k": 0}, range(3))), sum(chain([1, 2], range(4))))
try:
    g2 = chain([1])
    next(g2)
    g2.send(5)
except AttributeError as error:
    print("AttributeError:", error)

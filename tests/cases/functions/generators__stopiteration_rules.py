# Generator return values and StopIteration conversion (PEP 479).

def gen_with_return():
    yield 1
    return "result"

# === return in a generator sets StopIteration.value ===
g = gen_with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)

# === for loops swallow StopIteration and ignore the value ===
print(list(gen_with_return()))

# === StopIteration raised inside a generator becomes RuntimeError ===
def leaky(it):
    while True:
        yield next(it)

try:
    print(list(leaky(iter([1, 2]))))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)

# === Correct pattern: catch StopIteration and return ===
def safe(it):
    while True:
        try:
            value = next(it)
        except StopIteration:
            return
        yield value

print(list(safe(iter([1, 2, 3]))))

# === Generator expressions evaluate the first iterable eagerly ===
try:
    gen = (x for x in missing_name)
except NameError:
    print("NameError at creation time")

lazy_error = (1 / x for x in [1, 0])
print("created lazily")
print(next(lazy_error))
try:
    next(lazy_error)
except ZeroDivisionError as e:
    print("ZeroDivisionError on second item:", e)
print(next(lazy_error, "exhausted after error"))

# === Empty generator function ===
def empty():
    return
    yield

print(list(empty()), type(empty()).__name__)

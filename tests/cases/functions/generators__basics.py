# Generator functions: yield, laziness, exhaustion.

def countdown(n):
    print("starting")
    while n > 0:
        yield n
        n -= 1
    print("finished")

# === Nothing runs until first next() ===
gen = countdown(3)
print("created")
print(next(gen))
print(next(gen))
print(list(gen))
print(list(gen))

# === StopIteration at exhaustion ===
g = countdown(1)
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(next(g, "default"))

# === Generators in for loops ===
def evens(limit):
    for i in range(0, limit, 2):
        yield i

print([e for e in evens(10)], sum(evens(101)))

# === Infinite generator with manual take ===
def naturals():
    n = 0
    while True:
        yield n
        n += 1

def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out

print(take(5, naturals()))
print(take(4, (x * x for x in naturals() if x % 3 == 0)))

# === Generator state is preserved between calls ===
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(take(12, fib()))

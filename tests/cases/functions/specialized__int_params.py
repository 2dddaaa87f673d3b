# Functions specialised on an int parameter (n % 2, 3 * n): floats, bools, strs, big ints and
# program numbers still take CPython's paths.

def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


print(collatz(27), collatz(True), collatz(10 ** 30 + 1))


def describe(x):
    return x % 3, x * 2, 2 ** 5 * x, x // 4


print(describe(10), describe(10.5), describe(-7), describe(True))
print(describe("%s-%s-%s"[:2]) if False else describe(2 ** 70))
try:
    describe("a%sb")
except TypeError as error:
    print("TypeError:", error)


class Num:
    def __init__(self, v):
        self.v = v

    def __mod__(self, k):
        return Num(self.v % k)

    def __mul__(self, k):
        return Num(self.v * k)

    __rmul__ = __mul__

    def __floordiv__(self, k):
        return Num(self.v // k)

    def __rpow__(self, base):
        return Num(base ** self.v)

    def __repr__(self):
        return f"Num({self.v})"


print(describe(Num(9)))


def grow(n):
    n *= 3
    n = n * n
    return n


print(grow(5), grow(2.5), grow([1]) if False else grow(10 ** 20))


def mixed(n):
    if n % 2:
        n = str(n)  # rebound to a str: n is no longer an int everywhere
    return n * 2


print(mixed(3), mixed(4))

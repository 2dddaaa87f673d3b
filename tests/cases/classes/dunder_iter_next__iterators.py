# Custom iterables and iterators with __iter__ and __next__.

class Countdown:
    """An iterator: returns itself from __iter__, single pass."""
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

class Range2D:
    """An iterable: each __iter__ call returns a fresh generator."""
    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols
    def __iter__(self):
        for r in range(self.rows):
            for c in range(self.cols):
                yield r, c

# === Iterator is exhausted after one pass ===
cd = Countdown(3)
print(list(cd), list(cd))

# === Iterable can be traversed repeatedly ===
grid = Range2D(2, 3)
print(list(grid))
print(len(list(grid)), (1, 2) in grid, (2, 0) in grid)

# === next() with default ===
it = iter(Countdown(1))
print(next(it), next(it, "done"))

# === Works with builtins that consume iterables ===
print(sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)), dict(zip("abc", Countdown(3))))
print(list(enumerate(Countdown(2))), [x * y for x, y in Range2D(2, 2)])

# === Unpacking uses iteration ===
a, b, c = Countdown(3)
print(a, b, c)
first, *rest = Range2D(1, 4)
print(first, rest)

# === Fibonacci iterator class with limit ===
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a <= self.limit:
            yield a
            a, b = b, a + b

print(list(Fib(100)))

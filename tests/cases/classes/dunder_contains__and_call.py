# __contains__ and __call__.

class Interval:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __contains__(self, x):
        return self.lo <= x < self.hi

    def __call__(self, x):
        return min(max(x, self.lo), self.hi)

    def __repr__(self):
        return f"[{self.lo}, {self.hi})"

r = Interval(0, 10)

# === in / not in ===
print(5 in r, 10 in r, -1 not in r, 9.99 in r)

# === __contains__ result is converted to bool ===
class Weird:
    def __contains__(self, x):
        return x
print(1 in Weird(), 0 in Weird(), "" in Weird(), "a" in Weird())

# === Callable instances ===
print(r(-5), r(5), r(50), callable(r), callable(Interval))
print(list(map(r, [-3, 4, 12])))

# === Callable with keyword arguments, used as a key function ===
class ByField:
    def __init__(self, name, reverse=False):
        self.name, self.reverse = name, reverse
    def __call__(self, record):
        v = record[self.name]
        return -v if self.reverse else v

rows = [{"n": "a", "v": 3}, {"n": "b", "v": 1}, {"n": "c", "v": 2}]
print([r["n"] for r in sorted(rows, key=ByField("v"))])
print([r["n"] for r in sorted(rows, key=ByField("v", reverse=True))])

# === Without __contains__, membership falls back to __iter__ ===
class Evens:
    def __iter__(self):
        print("  iterating")
        return iter(range(0, 10, 2))

print(4 in Evens(), 5 in Evens())

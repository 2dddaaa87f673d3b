# sum() with start values of different types.

# === Numbers ===
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum([], 5), sum(range(101)))
print(sum([0.5, 0.25, 0.125]), sum([1, 2.5]), sum([True, True, False]), sum([1j, 2]))

# === start as keyword ===
print(sum([1, 2], start=100))

# === Lists and tuples with a start value ===
print(sum([[1, 2], [3], []], []), sum([(1,), (2, 3)], ()), sum([[0]], [9]))

# === Strings are refused ===
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)

# === Custom objects with __add__ / __radd__ ===
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

vs = [Vec(1, 2), Vec(3, 4), Vec(5, 6)]
print(sum(vs, Vec(0, 0)))
try:
    sum(vs)
except TypeError as e:
    print("TypeError:", e)

# === Practical sums ===
cart = [("pen", 1.5, 4), ("book", 12.0, 1), ("bag", 20.0, 2)]
print(sum(price * qty for _, price, qty in cart))
print(sum(1 for _ in "count me"), sum(len(w) for w in "a bb ccc".split()))
print(sum(int(d) for d in "9875"))

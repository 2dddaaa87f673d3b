# max() and min() with key and default.

scores = {"ann": 88, "bob": 95, "cid": 72, "dot": 95}

# === Iterables and varargs ===
print(max([3, 9, 2]), min([3, 9, 2]), max(3, 9, 2), min("hello"), max("a", "b", "c"))
print(max(range(10)), min(x * x for x in range(-3, 4)))

# === key functions ===
print(max(scores, key=scores.get), min(scores, key=scores.get))
print(max(scores.items(), key=lambda kv: kv[1]), min(["pear", "fig", "apple"], key=len))
print(max([-7, 3, 5], key=abs), min([-7, 3, 5], key=abs))

# === Ties: first maximal/minimal element wins ===
print(max(["bb", "aa", "cc"], key=len), min([(1, "x"), (1, "y")], key=lambda t: t[0]))

# === default for empty inputs ===
print(max([], default=0), min((), default=None), max([], key=len, default="none"))
print(max((x for x in [] if x), default="empty generator"))
try:
    min([])
except ValueError:
    print("ValueError without default")

# === Comparing tuples and strings ===
print(max([(2, "a"), (2, "b"), (1, "z")]), min(["B", "a", "C"]), min(["B", "a", "C"], key=str.lower))

# === Custom objects with __lt__ ===
class Job:
    def __init__(self, name, pri):
        self.name, self.pri = name, pri
    def __lt__(self, other):
        return self.pri < other.pri
    def __repr__(self):
        return f"Job({self.name}, {self.pri})"

jobs = [Job("a", 3), Job("b", 1), Job("c", 5)]
print(max(jobs), min(jobs), max(jobs, key=lambda j: j.name))

# === Clamping ===
def clamp(x, lo, hi):
    return max(lo, min(x, hi))

print([clamp(v, 0, 10) for v in [-5, 0, 5, 10, 15]])

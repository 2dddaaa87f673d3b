# Tuples: packing, singletons, methods, immutability.

# === Construction ===
t = 1, 2, 3
single = (5,)
not_tuple = (5)
empty = ()
print(t, single, not_tuple, empty, type(single).__name__, type(not_tuple).__name__)
print(tuple("abc"), tuple([1, 2]), tuple(range(3)), tuple({1: "a", 2: "b"}))

# === Methods ===
t2 = (1, 2, 2, 3, 2)
print(t2.count(2), t2.index(3), t2.index(2, 2), len(t2))

# === Concatenation, repetition, slicing ===
print(t + (4,), t * 2, t[1:], t[::-1], t[-1])

# === Immutability ===
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)

# === Tuples containing mutable objects ===
holder = ([1], [2])
holder[0].append(10)
print(holder)

# === Tuples as dict keys ===
distances = {("a", "b"): 5, ("b", "c"): 3}
distances[("a", "c")] = distances[("a", "b")] + distances[("b", "c")]
print(distances)

# === Comparison is lexicographic ===
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), () < (0,))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))

# === Returning multiple values ===
def min_max(xs):
    return min(xs), max(xs)

lo, hi = min_max([4, 1, 7])
print(lo, hi, min_max([2]))

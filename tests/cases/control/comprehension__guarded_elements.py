# Checked operations inside comprehensions (products, %, f-strings of several fields, method
# calls): in functions, at module level, in class bodies, in nested comprehensions, in the
# iterables of other comprehensions, in lambdas and default arguments. Same results as CPython.

rows = [[1, 2, 3], [4, 5, 6]]
cols = [[1.5, 2], [3, 4], [5, 6]]
print([sum(x * y for x, y in zip(r, c)) for r in rows for c in zip(*cols)])
print({f"{k}-{v}": v % 4 for k, v in enumerate([10, 11, 12])}, [s.upper() * 2 for s in "ab"])


def in_function(words, n):
    total = sum(len(w) * n for w in words)
    pairs = [(w[:1] * 3, n % 5, f"{w}{n}") for w in words if w.split()]
    nested = [[i * j % 7 for j in range(i)] for i in [k * 2 for k in range(4)]]
    return total, pairs, nested


print(in_function(["alpha", "beta"], 7))
print(in_function(("x",), 10**20))


class Table:
    base = 3
    squares = [i * i % 5 for i in range(6)]
    labels = {f"{i}:{i * 2}": i for i in range(3)}
    grid = [[a * b for b in range(3)] for a in range(3)]


print(Table.squares, Table.labels, Table.grid)


def outer():
    scale = 4
    inner = [lambda x, k=k: x * k + scale for k in range(3)]
    gen = (f(n) % 9 for f in inner for n in [m * 3 for m in range(2)])
    return list(gen)


print(outer())


def defaults(values=[v * 2 % 3 for v in range(5)], text=f"{1}{2}"):
    return values, text


print(defaults(), [x for x in [y * 2 for y in (z % 3 for z in range(7))] if x % 2 == 0])
print(sorted({(a * b) % 4 for a in range(5) for b in range(5) if a * b}))
for left, right in [(3, "ab"), ("ab", 3), (2.5, 4), ([1], 2)]:
    print([left * right for _ in range(1)])
try:
    print([a * b for a, b in [(3, None)]])
except TypeError as error:
    print("TypeError:", error)
big = 10**40
print([x * x % 97 for x in (big, big + 1)], [str(x * x)[:5] for x in [big]])

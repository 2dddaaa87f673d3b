# Comprehension variables hide the enclosing names: typed from their own iterables (range -> int,
# str -> str), never from an outer variable of the same name.

i = "outer"
c = 42
print([i * 7 % 11 for i in range(5)], [c.upper() * 2 for c in "ab"], i, c)
print({i: i * i for i in range(4)}, sorted({c * 3 for c in "xy"}), sum(i * i for i in range(10)))
print([x for x in range(3) for x in "ab"], [(x, y) for x in range(2) for y in range(x, 3)])
n = 5
print([n * 2 for n in [[1], "s", 2.5]], [n % 3 for n in range(n)])
fmt = 0
print([fmt % (1, 2) for fmt in ["%d-%d", "%s+%s"]])


def inner(text):
    words = text.split()
    return [w.upper() for w in words], [text * 2 for text in range(3)], text


print(inner("a b"))


class Table:
    size = 3
    rows = [r * 2 for r in range(3)]


print(Table.rows)

# enumerate and zip targets: the index is an int, the other names what their source holds
print([k * 3 % 5 for k, t in enumerate("abcd")], [t * 2 for k, t in enumerate(["x", "y"])])
print([a % b for a, b in zip(["%d-%s", "%s"], [(1, "z"), "q"])], [x * y for x, y in zip([2, 3], [1.5, 4])])
print({k: v % 7 for k, v in zip("abc", [10**30, 8, 9])}, [i * j for i, j in enumerate(range(4), 1)])

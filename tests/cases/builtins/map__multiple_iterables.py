# map() with one or several iterables.

# === One iterable ===
print(list(map(str.strip, [" a ", "b  ", "  c"])))
print(list(map(int, "12345")), list(map(len, ["", "ab", "abc"])))

# === Several iterables: function receives one item from each ===
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(map(lambda *xs: sum(xs), [1, 2], [10, 20], [100, 200])))
print(list(map(divmod, [7, 8, 9], [2, 3, 4])))

# === Stops at the shortest iterable ===
print(list(map(lambda a, b: (a, b), "abcd", range(2))))

# === Lazy and single-pass ===
calls = []
def record(x):
    calls.append(x)
    return x * 2

m = map(record, range(5))
print(calls)
print(next(m), next(m), calls)
print(list(m), list(m))

# === map with builtins and methods ===
names = ["ada", "grace", "linus"]
print(list(map(str.title, names)), list(map(str.__len__, names)))
print(dict(map(lambda n: (n, len(n)), names)))

# === Parsing a table ===
rows = ["1,2,3", "4,5,6"]
table = [list(map(int, r.split(","))) for r in rows]
print(table, list(map(sum, table)), list(map(sum, zip(*table))))

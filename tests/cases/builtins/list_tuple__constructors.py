# list() and tuple() constructors.

# === From various iterables ===
print(list(), tuple(), list("abc"), tuple("abc"), list(range(4)), tuple(range(2, 5)))
print(list({"x": 1, "y": 2}), tuple({"x": 1}.items()), list({3}), tuple(b"AB"))
print(list(x * x for x in range(4)), tuple(map(str, [1, 2])))

# === Copies are shallow and independent at the top level ===
src = [[1], [2]]
cp = list(src)
cp.append([3])
cp[0].append(99)
print(src, cp, cp is src)
t = (1, 2)
print(tuple(t) is t or tuple(t) == t)

# === Conversions between list and tuple ===
lst = [3, 1, 2]
tup = tuple(lst)
back = list(tup)
back.sort()
print(lst, tup, back)

# === From an iterator consumes it ===
it = iter([1, 2, 3])
first = next(it)
print(first, list(it), list(it))

# === Nested conversion ===
matrix = [[1, 2], [3, 4]]
frozen = tuple(tuple(row) for row in matrix)
print(frozen, [list(r) for r in frozen] == matrix)

# === Errors ===
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
try:
    tuple(None)
except TypeError as e:
    print("TypeError:", e)

# Calls the compiler emits natively (isinstance of a builtin type, min/max of several arguments,
# products in comprehensions, small concatenations) must keep CPython's behaviour, including
# when the names are shadowed and for values on the edge of each fast path.
class Text(str):
    pass


class Number(int):
    def __lt__(self, other):
        print("lt called")
        return int(self) < int(other)


print(isinstance("a", str), isinstance(Text("b"), str), isinstance(True, int), isinstance(1.0, int))
print(isinstance([], list), isinstance((), tuple), isinstance(b"", bytes), isinstance([], tuple))
print(isinstance({}, dict), isinstance(set(), dict), isinstance(frozenset(), dict))
print(max(3, 1, 2), min("b", "a", "c"), max([1, 2], [1, 3]), min(2.5, 2), max(Number(1), Number(2)))
print(min(3, 1, key=lambda v: -v), max((1, "a"), (1, "b")))
try:
    max(1, "a")
except TypeError as error:
    print(error)
print([x * y for x, y in [(2, 3), (1.5, 2), ("ab", 3), (True, 4), (-(2 ** 40), 2 ** 40), ([0], 2)]])
print(sum(x * y for x, y in zip(range(100), range(100, 200))))
print((1, 2) + (3,), [1] + [2, 3], "a" * 3 + "b", Text("x") + "y", type(Text("x") + "y").__name__)


def shadowed(isinstance, max, str):
    return isinstance, max, str


print(shadowed(1, 2, 3))


def local_names(list):
    min = lambda *args: "mine"
    return isinstance([], list), min(1, 2)


print(local_names(tuple))


class Table(dict):
    pass


print(isinstance(Table(), dict), isinstance({1}, dict), isinstance(frozenset(), dict), isinstance({}, dict))
print(isinstance([], dict), isinstance({}.keys(), dict))

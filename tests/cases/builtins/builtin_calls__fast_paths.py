# Builtins called by name with arguments that allow CPython's own: sum of containers, list() and
# tuple() of small ones, isinstance of plain types, min/max of several values. Same results and
# errors as CPython, also for subclasses, big and non-ASCII inputs and shadowed names.

xs = [3, 1.5, True]
print(sum(xs), sum((1, 2)), sum({1: "a", 2: "b"}), sum([x * 2 for x in range(4)]), sum(range(5)))
print(sum([[1], [2]], []), sum((x for x in xs)), sum(xs, 10))
for bad in ("ab", ["a", "b"], [None]):
    try:
        print(sum(bad))
    except TypeError as error:
        print("TypeError:", error)

print(list("héllo"), tuple([1, 2]), list((1,)), tuple({"k": 1}), list(range(3)), tuple("ab"))
print(len(list("é" * 5000)), len(tuple(range(5000))), list(x for x in "ab"), list())
t = (1, 2)
print(tuple(t) is t, list(xs) is xs, list(xs) == xs)


class L(list):
    def __iter__(self):
        return iter(["overridden"])


print(list(L([1, 2])), tuple(L([3])), sum(L([1])) if False else "skip")
print(isinstance(3, int), isinstance(True, int), isinstance("s", str), isinstance({}, dict),
      isinstance({1}, dict), isinstance(L(), list), isinstance(b"", bytes), isinstance((), tuple))
print(min(3, 1, 2), max("b", "a"), min([4, 2]), max((1, 5), (1, 6)), min(2, 1.5))
try:
    min(1, "a")
except TypeError as error:
    print("TypeError:", error)


def shadowed():
    sum = lambda x: "mine"
    list = lambda x: "my list"
    return sum([1]), list("ab")


print(shadowed())

# === reversed() and enumerate() of anything but a range are CPython's own ===
class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


class Back:
    def __reversed__(self):
        return iter("zyx")


print(list(reversed(Seq())), list(reversed(Back())), list(reversed({"a": 1, "b": 2})), list(reversed("abc")))
print(list(enumerate("xy")), list(enumerate(Seq())), list(reversed(range(3))), list(enumerate(range(2))))
for bad in (3, None, {1, 2}):
    try:
        print(reversed(bad))
    except TypeError as error:
        print("TypeError:", error)
try:
    enumerate(5)
except TypeError as error:
    print("TypeError:", error)


# int(x) and str(x) of one argument: CPython's own for numbers, the checked ones otherwise.
class Number:
    def __int__(self):
        return 42

    def __index__(self):
        return 7

    def __str__(self):
        return "Number!"


class Text(str):
    def __str__(self):
        return "overridden"


print(int(3.9), int(-2.5), int("  17 "), int(b"12"), int(True), int(Number()), int("٣"))
print(str(5), str(-1.5), str(True), str(10**20), str(1e300), str(Number()), str(Text("x")))
print(str([1, "a"]), str({"k": (1,)}), str(None), str("plain"), str(b"b"))
for bad in ("1.5", "", None, [1]):
    try:
        print(int(bad))
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
int = lambda x: "shadowed int"  # noqa: E731
str = lambda x: "shadowed str"  # noqa: E731
print(int(3.5), str(4))

# Functions the compiler specialises on a parameter's type (str or list), called with that type,
# with a subclass that overrides methods, and with unrelated types: all behave as CPython.

def words(text):
    out = []
    for ch in text:
        if ch.isalpha():
            out.append(ch.upper())
    return "".join(out), text.split(), text.startswith("a")


class Loud(str):
    def split(self, sep=None):
        return ["LOUD"]

    def startswith(self, prefix, *args):
        return "always"


class Chars:
    def __init__(self, s):
        self.s = s

    def __iter__(self):
        return iter(self.s)

    def split(self):
        return ["chars"]

    def startswith(self, prefix):
        return None


print(words("a b,c"))
print(words(Loud("ab cd")))
print(words(Chars("xy z")))
try:
    words(42)
except TypeError as error:
    print("TypeError:", error)


def collect(acc, item):
    acc.append(item)
    acc.sort()
    return acc


class Log(list):
    def append(self, item):
        super().append(("logged", item))


print(collect([3, 1], 2), collect(Log(), 5))


class Bag:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(x)

    def sort(self):
        self.items.sort(reverse=True)


bag = Bag()
collect(bag, 1)
collect(bag, 2)
print(bag.items)


def first_digit(line):
    for i in range(len(line)):
        if line[i].isdigit():
            return i, line[i]
    return None


print(first_digit("ab3d"), first_digit(["x", "7"]), first_digit("none"))


def shadow(text):
    text = text * 2  # rebound: never specialised
    return text.upper()


print(shadow("ab"))


def gen(text):
    for ch in text:
        if ch.isspace():
            yield "_"
        else:
            yield ch.lower()


print("".join(gen("A B")), list(gen(Loud("X Y"))))

# super() calls that run natively, and the ones that must not: every branch compared with CPython.

class Base:
    def __init__(self, x=0):
        super().__init__()
        self.x = x

    def describe(self):
        return f"Base({self.x})"


class Child(Base):
    def __init__(self, x):
        super().__init__(x * 2)

    def describe(self):
        return "Child>" + super().describe()


class Grand(Child):
    def describe(self):
        return "Grand>" + super().describe()


print(Child(3).x, Grand(4).describe())


# === exceptions: __init__ reaches BaseException's ===
class AppError(Exception):
    def __init__(self, code, text):
        super().__init__(f"[{code}] {text}")
        self.code = code


class NotFound(AppError):
    def __init__(self, what):
        super().__init__(404, f"{what} not found")


try:
    raise NotFound("page")
except AppError as error:
    print(type(error).__name__, error, error.args, error.code)


# === builtin bases go through the allow-list ===
class Stack(list):
    def __init__(self, items):
        super().__init__(items)

    def top(self):
        return super().__getitem__(-1)

    def twice(self):
        return super().copy() + super().copy()


s = Stack([1, 2, 3])
print(s, s.top(), s.twice(), len(s))


class Counter(dict):
    def __init__(self, words):
        super().__init__()
        for word in words:
            self[word] = self.get(word, 0) + 1

    def keys_sorted(self):
        return sorted(super().keys())


print(Counter("a b a c b a".split()).keys_sorted())


# === the first parameter is what super() binds, whatever its name ===
class Named:
    def __init__(this, v):
        super().__init__()
        this.v = v

    @classmethod
    def make(cls, v):
        return super().__new__(cls)


n = Named(5)
print(n.v, type(Named.make(1)).__name__)


# === a class attribute named __init__ that is not a function ===
class Odd:
    def __init__(self, *args):
        self.args = args


class Wrapper(Odd):
    def __init__(self, *args):
        super().__init__(*args, "extra")


print(Wrapper(1, 2).args)


# === missing attributes raise as CPython does ===
class Plain:
    def go(self):
        return super().nothing()


try:
    Plain().go()
except AttributeError as error:
    print("AttributeError:", error)

# Class pattern edge cases: missing attributes, self-matching builtins, errors.

class Thing:
    def __init__(self, **attrs):
        for k, v in attrs.items():
            setattr(self, k, v)

# === Missing attributes just fail to match ===
for t in [Thing(color="red"), Thing(size=3), Thing(color="blue", size=1)]:
    match t:
        case Thing(color="red"):
            print("red thing")
        case Thing(color=c, size=s):
            print("colored and sized", c, s)
        case Thing(size=s):
            print("sized", s)

# === Positional patterns need __match_args__ ===
try:
    match Thing(a=1):
        case Thing(1):
            print("matched")
except TypeError as e:
    print("TypeError:", e)

# === Subclass instances match parent class patterns ===
class Base:
    __match_args__ = ("v",)
    def __init__(self, v):
        self.v = v

class Child(Base):
    pass

for obj in [Base(1), Child(2), 3]:
    match obj:
        case Child(v):
            print("child", v)
        case Base(v):
            print("base", v)
        case _:
            print("neither")

# === Matching exception instances ===
def explain(exc):
    match exc:
        case KeyError(args=(key,)):
            return f"missing key {key!r}"
        case ValueError(args=(msg, *_)):
            return f"bad value: {msg}"
        case OSError():
            return "os problem"
        case _:
            return "unknown"

print(explain(KeyError("k")), "|", explain(ValueError("oops", 1)), "|", explain(FileNotFoundError()), "|", explain(1))

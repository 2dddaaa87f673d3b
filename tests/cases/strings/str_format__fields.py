# str.format with positional, keyword, index and attribute fields.

# === Positional ===
print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0}".format("a", "b"))
print("{1}{0}".format("x", "y"))

# === Keyword ===
print("{name} is {age}".format(name="Eve", age=30))
print("{0} and {who}".format("me", who="you"))

# === Index and attribute access ===
point = {"x": 3, "y": 4}
print("({p[x]}, {p[y]})".format(p=point))
print("{0[1]} {0[0]}".format(["first", "second"]))

class User:
    def __init__(self, name, tags):
        self.name = name
        self.tags = tags

u = User("kim", ["admin", "dev"])
print("{u.name} has {u.tags[0]}".format(u=u))
print("{0.name!r:>8}".format(u))

# === Unpacking into format ===
args = ("left", "right")
kwargs = {"mid": "center"}
print("{0}|{mid}|{1}".format(*args, **kwargs))

# === format_map with dict ===
print("{a}-{b}".format_map({"a": 1, "b": 2}))

class Defaulting(dict):
    def __missing__(self, key):
        return "<" + key + ">"

print("{greeting}, {name}!".format_map(Defaulting(greeting="Hi")))

# === Escaped braces ===
print("{{}} {{{0}}}".format("inner"))

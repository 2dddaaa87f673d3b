# Duck typing: behaviour depends on methods, not on inheritance.

class FileLike:
    def __init__(self):
        self.chunks = []
    def write(self, text):
        self.chunks.append(text)
        return len(text)
    def getvalue(self):
        return "".join(self.chunks)

class UpperWriter:
    def __init__(self, target):
        self.target = target
    def write(self, text):
        return self.target.write(text.upper())

class CountingWriter:
    def __init__(self):
        self.count = 0
    def write(self, text):
        self.count += len(text)
        return len(text)

def report(out, rows):
    total = 0
    for name, value in rows:
        total += out.write(f"{name}={value};")
    return total

rows = [("a", 1), ("bb", 22), ("ccc", 333)]

# === Same function, different writers ===
f = FileLike()
print(report(f, rows), f.getvalue())
u = FileLike()
print(report(UpperWriter(u), rows), u.getvalue())
c = CountingWriter()
print(report(c, rows), c.count)

# === print() accepts any object with write() ===
buf = FileLike()
print("hello", "world", file=buf)
print(42, end="!", file=buf)
print(repr(buf.getvalue()))

# === EAFP vs LBYL ===
def length(obj):
    try:
        return len(obj)
    except TypeError:
        return sum(1 for _ in obj) if hasattr(obj, "__iter__") else None

print(length("abc"), length([1, 2]), length(x for x in range(5)), length(42))

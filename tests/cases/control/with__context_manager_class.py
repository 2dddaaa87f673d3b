# Context managers written as classes.

class Tracer:
    depth = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("  " * Tracer.depth + "enter " + self.name)
        Tracer.depth += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        Tracer.depth -= 1
        status = "ok" if exc_type is None else f"error {exc_type.__name__}: {exc}"
        print("  " * Tracer.depth + f"exit {self.name} ({status})")
        return False

# === Normal flow ===
with Tracer("outer") as t:
    print("name is", t.name)
    with Tracer("inner"):
        print("    working")

# === Exception passes through __exit__ ===
try:
    with Tracer("failing"):
        raise ValueError("bad")
except ValueError as e:
    print("caught", e)

# === __enter__ return value is bound by as ===
class Resource:
    def __enter__(self):
        return {"handle": 7}
    def __exit__(self, *args):
        print("released")

with Resource() as r:
    print(r)

# === Exit runs on return from inside with ===
def use():
    with Tracer("in-function"):
        return "returned"

print(use())

# === Exit runs on break inside loop ===
for i in range(3):
    with Tracer(f"loop{i}"):
        if i == 1:
            break
print("after loop", i)

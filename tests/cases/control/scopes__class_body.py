# Scoping rules of class bodies.

x = "module"

class A:
    x = "class"
    y = x + "!"
    def method(self):
        return x
    def via_self(self):
        return self.x
    doubled = [v * 2 for v in range(3)]

# === Name resolution ===
print(A.y, A().method(), A().via_self(), A.doubled)

# === Class attribute defined from loop ===
class Table:
    rows = []
    for i in range(3):
        rows.append(i * i)
    del i

print(Table.rows, hasattr(Table, "i"))

# === Nested function in method sees enclosing function scope ===
class Counter:
    def counts(self, n):
        total = 0
        def add(k):
            nonlocal total
            total += k
        for k in range(n):
            add(k)
        return total

print(Counter().counts(5))

# === Class body executed once, at definition time ===
log = []
class Logged:
    log.append("body executed")
    value = len(log)

print(log, Logged.value)
Logged()
Logged()
print(log)

# === Class defined in a function captures function locals ===
def make_class(tag):
    class Tagged:
        label = tag
        def show(self):
            return f"<{tag}>"
    return Tagged

T = make_class("blue")
print(T.label, T().show(), T.__name__, T.__qualname__)

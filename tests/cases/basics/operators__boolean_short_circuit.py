# and/or return one of their operands and short-circuit.

log = []

def t(name, value):
    log.append(name)
    return value

# === Return values ===
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", "" or [] or 0)
print([] and 5, [1] and 5, "a" or "b")
print(not 0, not 1, not "", not "x", not None)

# === Short-circuiting ===
r = t("a", 0) and t("b", 1)
print(r, log)
log.clear()
r = t("a", 1) or t("b", 1)
print(r, log)
log.clear()
r = t("a", 1) and t("b", 0) or t("c", "fallback")
print(r, log)

# === Defaults idiom ===
def greet(name=None):
    name = name or "stranger"
    return "hello " + name

print(greet(), greet(""), greet("ann"))

# === Guard idiom ===
items = []
print(items and items[0])
items = [9]
print(items and items[0])

# === Precedence: not > and > or ===
print(not True and False, not (True and False))
print(True or False and False, (True or False) and False)

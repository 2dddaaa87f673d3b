# bool is a subclass of int.

# === Numeric values ===
print(True + True, True * 10, False - 1, True / 2, True // 1, -True)
print(int(True), int(False), float(True), str(True), repr(False))
print(isinstance(True, int), issubclass(bool, int), type(True))

# === Counting with sum ===
words = ["apple", "kiwi", "banana", "fig", "cherry"]
print(sum(len(w) > 4 for w in words))
print(sum([True, True, False, True]))

# === Booleans as indexes ===
options = ["no", "yes"]
print(options[True], options[False], options[3 > 2])

# === Equality with ints ===
print(True == 1, False == 0, True == 2, 1.0 == True)
d = {1: "one", True: "true"}
print(d)
s = {0, False, 0.0}
print(s, len(s))

# === bool() conversions ===
print(bool(0), bool(42), bool(-1), bool(""), bool("False"), bool([]), bool(None))

# === Operations keep bool type? ===
print(type(True and False), type(True & False), type(True + False), type(not 5))
print(True > False, max(True, False), sorted([True, False, True]))

# dict() constructor forms.

# === Empty, keywords, pairs ===
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict((("k", "v"),)))

# === From zip, enumerate, and another mapping ===
print(dict(zip("abc", [1, 2, 3])), dict(enumerate("xy")), dict({"a": 1}, b=2))

# === Keywords override mapping entries ===
print(dict({"a": 1, "b": 2}, a=100))

# === Pairs can be any 2-item iterable ===
print(dict(["ab", "cd"]), dict([[1, 2], (3, 4)]), dict([range(2)]))

# === Later duplicates win ===
print(dict([("k", 1), ("k", 2)]))

# === dict() copies (shallow) ===
original = {"list": [1]}
copy = dict(original)
copy["list"].append(2)
copy["new"] = True
print(original, copy)

# === dict.fromkeys ===
print(dict.fromkeys("abc"), dict.fromkeys(range(3), 0))

# === Errors ===
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError:", e)

# === Building a lookup from records ===
rows = [("us", "United States"), ("fr", "France"), ("jp", "Japan")]
lookup = dict(rows)
print(lookup["fr"], len(lookup), list(lookup))
print(dict((v, k) for k, v in rows))

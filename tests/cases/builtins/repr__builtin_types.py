# repr() of built-in values.

# === Numbers ===
print(repr(1), repr(-1), repr(1.0), repr(0.1), repr(1e100), repr(1e-10), repr(2 ** 70), repr(1 + 2j))
print(repr(float("inf")), repr(float("-inf")), repr(float("nan")), repr(-0.0))

# === Strings choose quotes and escape specials ===
for s in ["plain", "it's", 'say "hi"', "both ' \"", "line\nbreak", "tab\t", "back\\slash", "é", "\x00"]:
    print(repr(s))

# === Bytes ===
print(repr(b"abc"), repr(b"\x00\xff"), repr(b"it's"), repr(b"hi"))

# === Containers ===
print(repr([1, "a", None]), repr((1,)), repr(()), repr({"k": [1, 2]}), repr(set()), repr({1, 2}))
print(repr(frozenset()), repr(frozenset({3})), repr(range(5)), repr(range(1, 10, 2)))
print(repr(slice(1, 5)), repr(slice(None)), repr(None), repr(True), repr(Ellipsis), repr(NotImplemented))

# === Types ===
print(repr(int), repr(str), repr(type(None)), repr(ValueError))

# === Exceptions ===
print(repr(ValueError("bad")), repr(KeyError("k")), repr(Exception()), repr(StopIteration(5)))

# === Nested containers use repr of elements ===
print(repr([["a"], ("b",), {"c": "d"}]), str(["x"]), str("x"))

# === eval-style round trip check without eval ===
print(repr("x") == "'x'", repr([1, 2]) == "[1, 2]", repr((1, 2)) == str((1, 2)))

# str() conversions.

# === Numbers and constants ===
print(str(42), str(-0), str(3.0), str(0.1 + 0.2), str(1e22), str(2 ** 64), str(1 + 0j))
print(str(True), str(None), str(float("nan")), str(-float("inf")))

# === Containers use repr() of their items ===
print(str([1, "a"]), str(("x",)), str({"k": "v"}), str({1}), str([None, 1.5]))

# === Strings and bytes ===
print(str("already"), str(b"bytes"), str(b"caf\xc3\xa9", "utf-8"), str(b"ab", "ascii"))

# === Empty call ===
print(repr(str()))

# === Custom __str__ and __repr__ fallback ===
class WithStr:
    def __str__(self):
        return "nice"
    def __repr__(self):
        return "WithStr()"

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

print(str(WithStr()), str(OnlyRepr()), str([WithStr(), OnlyRepr()]))

# === Building output with str ===
parts = [1, 2.5, None, True]
print("|".join(str(p) for p in parts), "|".join(map(str, parts)))
print(str(12345)[::-1], len(str(2 ** 100)), str(7).zfill(3))

# === str of types and exceptions ===
print(str(int), str(KeyError("k")), str(ValueError("bad value")), str(Exception("a", 1)))

# strip, lstrip, rstrip, removeprefix, removesuffix.

# === Whitespace stripping ===
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))

# === Stripping a character set (not a substring) ===
print("xxhixyx".strip("x"), "www.example.com".strip("cmowz."), "abcba".strip("ab"))
print("0000120".lstrip("0"), "1.500".rstrip("0").rstrip("."), "3.000".rstrip("0").rstrip("."))
print(repr("".strip()), repr("   ".strip()), repr("abc".strip("")))

# === removeprefix / removesuffix remove whole substrings ===
print("test_case.py".removeprefix("test_"), "test_case.py".removesuffix(".py"))
print("abcabc".removeprefix("abc"), "abc".removeprefix("x"), "abc".removesuffix("abc"))
print("www.site.com".lstrip("w."), "www.site.com".removeprefix("www."))

# === Cleaning user data ===
raw = ["  Alice ", "bob\n", "\tCarol\t", "  ", "dave"]
cleaned = [r.strip().title() for r in raw if r.strip()]
print(cleaned)

# === Stripping comment lines ===
lines = ["# comment", "value = 1  # trailing", "   ", "name = x"]
for line in lines:
    code = line.split("#", 1)[0].rstrip()
    if code:
        print(repr(code))

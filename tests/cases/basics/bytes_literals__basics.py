# bytes literals and basic operations.

# === Literals ===
b = b"hello"
print(b, type(b), len(b))
print(b"\x00\xff\n", rb"\n", b'single', b"")
print(repr(b"it's"), repr(b'"q"'))

# === Indexing gives ints, slicing gives bytes ===
print(b[0], b[-1], b[1:3], b[::-1])
print(list(b"abc"))

# === Operations ===
print(b + b" world", b * 2, b"l" in b, b"xyz" in b)
print(b.upper(), b.count(b"l"), b.find(b"lo"), b.replace(b"l", b"L"))
print(b.split(b"l"), b"a,b,,c".split(b","))
print(b"-".join([b"a", b"b", b"c"]))

# === Conversions ===
print(bytes([72, 105]), bytes(3), bytes(range(65, 70)))
print("héllo".encode("utf-8"), b"h\xc3\xa9llo".decode("utf-8"))
print(b"abc".hex(), bytes.fromhex("48 65 6c"))
print(list("é".encode()), len("€".encode("utf-8")))

# === Comparisons ===
print(b"abc" == b"abc", b"abc" < b"abd", b"a" == "a")
print(b"Hello".startswith(b"He"), b"  x ".strip(), b"ab".isalpha(), b"12".isdigit())

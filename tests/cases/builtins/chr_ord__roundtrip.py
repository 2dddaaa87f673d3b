# chr() and ord().

# === Basic conversions ===
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("😀"))
print(chr(97), chr(65), chr(48), repr(chr(32)), repr(chr(10)), chr(233), chr(8364), chr(128512))

# === Round trip over a range ===
print(all(ord(chr(i)) == i for i in range(0, 0x3000, 7)))

# === Alphabet helpers ===
print("".join(chr(ord("a") + i) for i in range(26)))
print([ord(c) - ord("a") + 1 for c in "hello"])

# === Case conversion by offset ===
def to_upper(s):
    return "".join(chr(ord(c) - 32) if "a" <= c <= "z" else c for c in s)

print(to_upper("Hello, World!"))

# === Simple checksum ===
def checksum(text):
    return sum(ord(c) * (i + 1) for i, c in enumerate(text)) % 997

print(checksum("abc"), checksum("cba"), checksum(""))

# === Errors ===
for bad in ["", "ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
print(ord(b"A"), ord(b"z"))

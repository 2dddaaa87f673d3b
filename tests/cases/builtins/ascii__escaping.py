# ascii() escapes non-ASCII characters in the repr.

# === Strings ===
for s in ["plain", "café", "naïve", "日本", "emoji 😀", "tab\there", "quote's", ""]:
    print(ascii(s), repr(s))

# === Other objects use their repr ===
print(ascii(42), ascii(3.5), ascii(None), ascii(True), ascii(b"\xff\x00"))
print(ascii(["é", "a"]), ascii({"ключ": "значение"}), ascii(("ü",)))

# === Escape forms depend on the code point ===
print(ascii("\x7f"), ascii("\xe9"), ascii("\u0101"), ascii("\U0001F600"))

# === ascii() output is always pure ASCII ===
text = "Grüße aus Köln – 10€"
out = ascii(text)
print(out, all(ord(c) < 128 for c in out), len(text), len(out))

# === Custom __repr__ is escaped too ===
class City:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"City({self.name!r})"

print(ascii(City("Zürich")), repr(City("Zürich")))
print(f"{'é'!a}", "%a" % "é")

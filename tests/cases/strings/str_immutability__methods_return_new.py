# Strings are immutable: methods return new strings.

# === Methods do not modify in place ===
s = "hello"
s.upper()
s.replace("l", "L")
print(s)
t = s.upper()
print(s, t)

# === Item assignment is not allowed ===
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError:", e)

# === Building a modified copy ===
chars = list(s)
chars[0] = "J"
print("".join(chars), s)
print(s[:1].upper() + s[1:])

# === Concatenation creates new objects ===
a = "ab"
b = a
a += "c"
print(a, b)

# === Strings as dict keys ===
index = {}
for word in "one two three two one".split():
    index.setdefault(word, []).append(len(index))
print(index)

# === Methods chain ===
raw = "  Some Title: With Parts  "
print(raw.strip().lower().replace(":", "").replace(" ", "-"))
print("-".join(raw.split()).lower())

# === str() of str is same value ===
print(str("x") == "x", str(s) is s or str(s) == s)

# replace and translate-style rewriting.

# === replace with count ===
s = "one fish two fish red fish blue fish"
print(s.replace("fish", "cat"))
print(s.replace("fish", "cat", 2))
print(s.replace("fish", "cat", 0))
print(s.replace("", "|")[:20])
print("aaa".replace("a", "aa"), "abc".replace("x", "y"))

# === Chained replacements ===
html = "<b>Tom & Jerry</b>"
escaped = html.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
print(escaped)

# === Normalising whitespace ===
messy = "  too    many   spaces\there  "
print(" ".join(messy.split()))

# === Template substitution ===
template = "Dear {name}, your order {id} ships on {day}."
values = {"name": "Ann", "id": "#42", "day": "Monday"}
out = template
for k, v in values.items():
    out = out.replace("{" + k + "}", v)
print(out)

# === Censoring words ===
banned = ["darn", "heck"]
text = "Darn it, what the heck is this darn thing"
words = text.split()
clean = ["*" * len(w) if w.lower().strip(",") in banned else w for w in words]
print(" ".join(clean))

# === expandtabs ===
print(repr("a\tbc\tdef\tg".expandtabs()), repr("a\tb".expandtabs(4)), repr("\t".expandtabs(2)))

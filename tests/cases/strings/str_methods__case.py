# Case conversion methods.

samples = ["hello world", "HELLO World", "hELLO wORLD", "it's a dog's life", "123abc def", "", "ß straße", "o'neil mc-donald"]

# === upper / lower / swapcase ===
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.swapcase()))

# === title / capitalize ===
for s in samples:
    print(repr(s.title()), repr(s.capitalize()))

# === casefold for caseless matching ===
print("Straße".casefold(), "Straße".lower(), "STRASSE".casefold() == "straße".casefold())

# === Predicates after conversion ===
for s in ["Hello", "HELLO", "hello", "Hello World", "hello World", "123", "A1"]:
    print(s, s.isupper(), s.islower(), s.istitle())

# === Snake case to camel case ===
def to_camel(name):
    parts = name.split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])

def to_snake(name):
    out = []
    for ch in name:
        if ch.isupper():
            out.append("_" + ch.lower())
        else:
            out.append(ch)
    return "".join(out).lstrip("_")

for n in ["user_id", "http_response_code", "x"]:
    c = to_camel(n)
    print(n, c, to_snake(c))

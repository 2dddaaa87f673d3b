# String predicate methods.

# === Digit-like predicates ===
for s in ["123", "١٢٣", "½", "²", "12.5", "-1", "", "0x1f"]:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric())

# === isidentifier / isprintable / isascii ===
for s in ["name", "_x1", "1abc", "with space", "class", "café", "tab\t"]:
    print(repr(s), s.isidentifier(), s.isprintable(), s.isascii())

# === Validating input fields ===
def validate(field, value):
    if field == "age":
        return value.isdigit() and 0 < int(value) < 150
    if field == "username":
        return value.isalnum() and value[:1].isalpha() and 3 <= len(value) <= 12
    if field == "code":
        return len(value) == 6 and value.isupper() and value.isalnum()
    return False

tests = [("age", "42"), ("age", "-5"), ("age", "200"), ("username", "bob99"),
         ("username", "9bob"), ("username", "al"), ("code", "AB12CD"), ("code", "ab12cd")]
for field, value in tests:
    print(field, value, validate(field, value))

# === Counting character classes ===
text = "Hello World 2024! Ready?"
stats = {"upper": 0, "lower": 0, "digit": 0, "space": 0, "other": 0}
for ch in text:
    if ch.isupper():
        stats["upper"] += 1
    elif ch.islower():
        stats["lower"] += 1
    elif ch.isdigit():
        stats["digit"] += 1
    elif ch.isspace():
        stats["space"] += 1
    else:
        stats["other"] += 1
print(stats)

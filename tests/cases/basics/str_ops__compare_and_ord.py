# String comparisons, ord/chr and character classes.

# === Ordering by code point ===
words = ["banana", "Cherry", "apple", "Banana", "cherry", "apple2", "appl"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(min(words), max(words))

# === ord and chr ===
for ch in "aA0 ~é":
    print(repr(ch), ord(ch), chr(ord(ch)) == ch)
print("".join(chr(c) for c in range(97, 103)))

# === Caesar cipher ===
def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)

msg = caesar("Hello, World!", 3)
print(msg, caesar(msg, -3))

# === Equality and hashing-free lookups ===
print("abc" == "ab" + "c", "abc" != "ABC", "abc".lower() == "ABC".lower())
print("a" * 3 == "aaa", "" == str(), str(12) == "12")

# === Character predicates ===
for s in ["abc", "ABC", "123", "a1", " ", "", "Ab Cd", "³"]:
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(), s.istitle())

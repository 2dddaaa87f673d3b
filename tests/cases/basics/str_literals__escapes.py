# Escape sequences in string literals.

# === Common escapes ===
s = "tab:\there\nnewline"
print(s)
print(repr(s), len(s))
print("quote: \" and \' and \\ backslash")
print('single \'quoted\'')

# === Numeric escapes ===
print("\x41\x42\x43", "\101\102", "\u00e9", "\u4e2d", "\N{GREEK SMALL LETTER ALPHA}")
print(len("\u00e9"), ord("\u00e9"), ord("\x7f"))

# === repr chooses quotes ===
print(repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("\t\r\n\x00\x1b"), repr("\u00e9"), repr("\u200b"))

# === Triple-quoted strings ===
text = """line one
line two\
 continued
  indented"""
print(text)
print(text.count("\n"))

# === Line continuation inside parentheses ===
joined = ("abc"
          "def"
          'ghi')
print(joined)

# === Carriage returns and bells in repr ===
print(repr("a\rb\a\b\f\v"))

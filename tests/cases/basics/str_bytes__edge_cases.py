# Edge cases of str and bytes operations.

# === Empty strings ===
print(repr("" * 5), repr("" + ""), "".join([]) == "", "" in "abc", "abc".find(""), "".split(), "".split(","))
print(len(""), "".upper() == "", "".isalpha(), "".isdigit(), "".isspace(), "".startswith(""))

# === Negative and zero repetition ===
print(repr("ab" * 0), repr("ab" * -3), [1] * -1, b"x" * 3)

# === Indexing bytes gives ints; slicing gives bytes ===
b = b"ABC"
print(b[0], b[-1], b[0:1], b[:0], type(b[0]).__name__, type(b[0:1]).__name__)
print(list(b), bytes([b[0]]), b[0] == ord("A"), b[0:1] == b"A")

# === str vs bytes are never equal ===
print("abc" == b"abc", "abc".encode() == b"abc", b"abc".decode() == "abc")
try:
    "abc" + b"def"
except TypeError as e:
    print("TypeError:", e)

# === Strings with only whitespace ===
ws = " \t\n\r\x0b\x0c"
print(ws.isspace(), repr(ws.strip()), len(ws.split()), repr(" a ".split(" ")))

# === Very long strings ===
long = "ab" * 10000
print(len(long), long.count("ab"), long[-3:], long.find("ba"), long.rfind("ab"))

# === Unicode length and case edge cases ===
print(len("e\u0301"), "e\u0301" == "\u00e9", "ß".upper(), "İ".lower() == "i\u0307", "ǅ".istitle())

# === Comparisons ===
print("a" < "b" < "ba" < "bb", "Z" < "a", "" < " ", "abc" < "abcd", "é" > "z")
print(min("hello world"), max("hello world"), sorted("bca"), "".join(sorted("dcba")))

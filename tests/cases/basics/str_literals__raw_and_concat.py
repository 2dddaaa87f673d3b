# Raw strings, implicit concatenation, repetition.

# === Raw strings keep backslashes ===
r = r"C:\new\table"
print(r, len(r))
print(repr(r))
print(r"\n" == "\\n", len(r"\n"))
print(R"\d+\.\d+")

# === Implicit concatenation ===
s = "abc" 'def' r"\g"
print(s)
path = ("/usr"
        "/local"
        "/bin")
print(path)

# === Repetition and concatenation ===
print("ab" * 3, 3 * "-", "x" * 0, "y" * -2 == "")
line = "=" * 20
print(line)
print("a" + "b" + "c")

# === Building strings incrementally ===
out = ""
for i in range(5):
    out += str(i)
print(out)
print("".join(str(i * i) for i in range(6)))

# === Comparison is lexicographic by code point ===
print("Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a", "B" > "A")
print(sorted(["banana", "Apple", "cherry", "apple"]))

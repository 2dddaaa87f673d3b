# find, rfind, index, rindex, count with start/end.

s = "the cat sat on the mat with the hat"

# === find / rfind ===
print(s.find("the"), s.rfind("the"), s.find("dog"), s.rfind("dog"))
print(s.find("the", 1), s.find("the", 1, 10), s.find("at", -10), s.find(""), s.rfind(""))

# === index raises, find returns -1 ===
print(s.index("cat"), s.rindex("at"))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)

# === count is non-overlapping ===
print(s.count("the"), s.count("at"), "aaaa".count("aa"), "abc".count(""), s.count("t", 0, 10))

# === Finding all occurrences ===
def find_all(text, sub):
    positions = []
    start = text.find(sub)
    while start != -1:
        positions.append(start)
        start = text.find(sub, start + 1)
    return positions

print(find_all(s, "at"), find_all("aaaa", "aa"), find_all("abc", "z"))

# === in vs find ===
for word in ["cat", "dog", "hat", " "]:
    print(word, word in s, s.find(word) >= 0)

# === startswith / endswith with tuples and ranges ===
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("hat"), s.endswith("cat", 0, 7))
print(s.startswith("cat", 4), "file.tar.gz".endswith((".zip", ".gz")))

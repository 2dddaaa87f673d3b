# Indexing and slicing strings.

s = "Programming"

# === Indexing ===
print(s[0], s[-1], s[3], s[-4], len(s))

# === Basic slices ===
print(s[0:3], s[3:], s[:3], s[:], s[-3:], s[:-3], s[2:-2])

# === Out-of-range slices are clipped ===
print(repr(s[5:100]), repr(s[100:]), repr(s[-100:2]), repr(s[5:2]), repr(s[-1:-5]))

# === Slices always give copies of equal value ===
t = s[:]
print(t == s, t)

# === Substrings via slicing ===
def substrings(word):
    return [word[i:j] for i in range(len(word)) for j in range(i + 1, len(word) + 1)]

print(substrings("abc"))
print(len(substrings("abcd")))

# === Chunking ===
def chunks(text, n):
    return [text[i:i + n] for i in range(0, len(text), n)]

print(chunks("abcdefghij", 3), chunks("", 2), chunks("ab", 5))

# === Rotations ===
word = "rotate"
print([word[i:] + word[:i] for i in range(len(word))])

# === slice objects ===
sl = slice(1, 8, 2)
print(s[sl], s[slice(3)], s[slice(None, None, -1)])
print(sl.start, sl.stop, sl.step, sl.indices(5))

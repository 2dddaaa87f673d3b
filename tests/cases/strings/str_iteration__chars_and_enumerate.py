# Iterating over strings.

word = "mississippi"

# === Iteration and enumerate ===
for i, ch in enumerate(word):
    if ch == "s":
        print(i, end=" ")
print()
print(list(enumerate("abc", start=1)))

# === Counting characters manually ===
counts = {}
for ch in word:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: kv[1], reverse=True))

# === First non-repeating character ===
def first_unique(s):
    seen = {}
    for ch in s:
        seen[ch] = seen.get(ch, 0) + 1
    for ch in s:
        if seen[ch] == 1:
            return ch
    return None

print(first_unique("swiss"), first_unique("aabb"), first_unique("leetcode"))

# === Zipping strings ===
a, b = "abc", "xyz"
print([x + y for x, y in zip(a, b)], "".join(x + y for x, y in zip(a, b)))

# === Reversed iteration and iter() ===
print("".join(reversed(word)), list(reversed("ab")))
it = iter("hi")
print(next(it), next(it), next(it, "done"))

# === Dedupe preserving order ===
print("".join(dict.fromkeys(word)))

# === Hamming distance ===
print(sum(c1 != c2 for c1, c2 in zip("karolin", "kathrin")))

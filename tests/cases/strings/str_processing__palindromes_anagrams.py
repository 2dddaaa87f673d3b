# Palindromes and anagram grouping.

# === Longest palindromic substring (expand around center) ===
def longest_palindrome(s):
    best = ""
    for center in range(len(s)):
        for lo, hi in ((center, center), (center, center + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best

for s in ["babad", "cbbd", "forgeeksskeegfor", "a", "", "abacdfgdcaba"]:
    print(repr(s), repr(longest_palindrome(s)))

# === Anagram groups ===
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    key = "".join(sorted(w))
    groups.setdefault(key, []).append(w)
for key in sorted(groups):
    print(key, groups[key])

# === Anagram check via counting ===
def is_anagram(a, b):
    counts = {}
    for ch in a.replace(" ", "").lower():
        counts[ch] = counts.get(ch, 0) + 1
    for ch in b.replace(" ", "").lower():
        counts[ch] = counts.get(ch, 0) - 1
    return all(v == 0 for v in counts.values())

print(is_anagram("Dormitory", "dirty room"), is_anagram("hello", "world"))

# === Palindromic numbers ===
print([n for n in range(100, 200) if str(n) == str(n)[::-1]])

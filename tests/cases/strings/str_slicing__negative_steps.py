# Slices with steps, including negative steps.

s = "0123456789"

# === Positive steps ===
print(s[::2], s[1::2], s[::3], s[2:8:2], s[::10], s[::100])

# === Negative steps ===
print(s[::-1], s[::-2], s[8:2:-1], s[8:2:-2], s[-1:-4:-1], s[:5:-1])
print(repr(s[2:8:-1]), repr(s[5:5:-1]), s[5::-1], s[:-11:-1])

# === Palindrome check ===
def is_palindrome(text):
    cleaned = "".join(ch.lower() for ch in text if ch.isalnum())
    return cleaned == cleaned[::-1]

for p in ["racecar", "A man, a plan, a canal: Panama", "hello", "", "No lemon, no melon"]:
    print(repr(p), is_palindrome(p))

# === Reverse words and each word ===
sentence = "the quick brown fox"
print(" ".join(sentence.split()[::-1]))
print(" ".join(w[::-1] for w in sentence.split()))

# === Interleaving via steps ===
a = "ACEG"
b = "BDFH"
merged = [""] * 8
merged[::2] = a
merged[1::2] = b
print("".join(merged))
print(merged[::2] == list(a), "".join(merged)[1::2])

# === slice.indices with negative step ===
print(slice(None, None, -1).indices(10), slice(-3, None, -2).indices(10))

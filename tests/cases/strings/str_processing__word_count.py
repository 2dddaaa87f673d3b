# Word frequency counting with dicts.

text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""

# === Normalise and split ===
words = []
for raw in text.split():
    w = raw.strip(".,;:!?").lower()
    if w:
        words.append(w)
print(len(words), words[:6])

# === Count with dict.get ===
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1

# === Top words, ties broken alphabetically ===
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:6]:
    print(f"{word:>8} {n:2d} {'#' * n}")

# === Words appearing once ===
print(sorted(w for w, n in counts.items() if n == 1))

# === Line statistics ===
for i, line in enumerate(text.splitlines(), 1):
    print(i, len(line), len(line.split()), line.count("was"))

# === Letter frequency ===
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters, key=lambda c: (-letters[c], c))[:5]
print([(c, letters[c]) for c in top])

# Set comprehensions.

# === Unique values ===
words = ["hello", "world", "hi", "wow", "yes", "hey"]
print(sorted({w[0] for w in words}))
print(sorted({len(w) for w in words}))
print({n % 5 for n in range(20)})

# === Deduplicating computed values ===
print(sorted({x * x for x in range(-4, 5)}))

# === Set comprehension with condition ===
sentence = "the rain in spain falls mainly on the plain"
print(sorted({w for w in sentence.split() if "ain" in w}))

# === Vowels used ===
print(sorted({c for c in sentence if c in "aeiou"}))

# === Nested iteration ===
print(sorted({(a, b) for a in range(3) for b in range(3) if a <= b}))

# === Sums of two squares below 50 ===
squares = [i * i for i in range(8)]
print(sorted({a + b for a in squares for b in squares if a + b < 50}))

# === Compare with set() of generator ===
print({c for c in "mississippi"} == set("mississippi"), len({c for c in "mississippi"}))

# === Empty braces is a dict, not a set ===
print(type({}).__name__, type(set()).__name__, type({x for x in []}).__name__)

# A Counter-like dict subclass with __missing__.

class Tally(dict):
    def __missing__(self, key):
        return 0

    def add(self, items):
        for x in items:
            self[x] += 1
        return self

    def most_common(self, n=None):
        ranked = sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))
        return ranked if n is None else ranked[:n]

# === Counting ===
t = Tally().add("abracadabra")
print(t, t["z"], "z" in t)
print(t.most_common(3))

# === Combining tallies ===
def combine(a, b):
    out = Tally(a)
    for k, v in b.items():
        out[k] += v
    return out

t2 = Tally().add("alakazam")
both = combine(t, t2)
print(both.most_common())
print(sum(both.values()), len(both))

# === Subtraction keeping positive counts ===
diff = Tally({k: t[k] - t2[k] for k in t if t[k] - t2[k] > 0})
print(diff)

# === Still a dict ===
print(isinstance(t, dict), type(t).__name__, dict(sorted(t.items())))

# === Histogram ===
rolls = [(i * 7 + 3) % 6 + 1 for i in range(30)]
h = Tally().add(rolls)
for face in range(1, 7):
    print(face, "*" * h[face])

# reversed() on sequences and custom classes.

# === Built-in sequences ===
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), "".join(reversed("abc")), list(reversed(range(5))))
print(list(reversed(range(0, 10, 3))), list(reversed(b"xyz")))

# === Dicts and their views (insertion order) ===
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))

# === reversed returns a lazy iterator ===
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))

# === The original is not modified ===
data = [5, 6, 7]
rev = list(reversed(data))
print(data, rev)

# === Custom class via __reversed__ ===
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(1, self.n + 1))
    def __reversed__(self):
        return iter(range(self.n, 0, -1))

print(list(Countdown(4)), list(reversed(Countdown(4))))

# === Custom class via __len__ + __getitem__ ===
class Letters:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "xyz"[i]

print(list(reversed(Letters())))

# === Not reversible ===
for obj in [{1, 2}, iter([1]), (x for x in "ab")]:
    try:
        reversed(obj)
    except TypeError as e:
        print("TypeError:", e)

# === Palindrome check with reversed ===
print([w for w in ["level", "lever", "noon", "abba", "abc"] if list(w) == list(reversed(w))])

# len() for built-in containers and custom classes.

# === Built-in types ===
print(len(""), len("hello"), len("héllo"), len("😀"), len(b"h\xc3\xa9"), len(bytes(5)))
print(len([]), len([1, [2, 3]]), len(()), len((1,)), len({}), len({"a": 1, "b": 2}))
print(len(set()), len({1, 1, 2}), len(frozenset("aab")), len(range(10)), len(range(0, 10, 3)), len(range(5, 0)))

# === Views ===
d = {"x": 1, "y": 2, "z": 3}
print(len(d.keys()), len(d.values()), len(d.items()))

# === len changes with mutation ===
items = []
sizes = []
for ch in "abc":
    items.append(ch)
    sizes.append(len(items))
items.pop()
print(sizes, len(items))

# === Custom __len__ ===
class Team:
    def __init__(self, *members):
        self.members = members
    def __len__(self):
        return len(self.members)

print(len(Team("a", "b", "c")), len(Team()))

# === Objects without length ===
for obj in [5, 3.2, None, iter([1, 2]), (x for x in "ab")]:
    try:
        len(obj)
    except TypeError as e:
        print("TypeError:", e)

# === Longest word and average length ===
words = "the quick brown fox jumps over the lazy dog".split()
print(max(words, key=len), sum(map(len, words)) / len(words), sorted(set(map(len, words))))

# __getitem__ with ints and slices; old-style iteration protocol.

class Squares:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self.n))]
        if index < 0:
            index += self.n
        if not 0 <= index < self.n:
            raise IndexError("Squares index out of range")
        return index * index

sq = Squares(10)

# === Integer indexing ===
print(sq[0], sq[3], sq[-1], len(sq))
try:
    sq[10]
except IndexError as e:
    print("IndexError:", e)

# === Slicing receives a slice object ===
print(sq[2:5], sq[::3], sq[::-2], sq[-3:])

# === Iteration falls back to __getitem__ until IndexError ===
print(list(sq), 49 in sq, 50 in sq)
print(list(reversed(sq))[:3])

# === Mapping-style __getitem__ ===
class Registry:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        if isinstance(key, tuple):
            return [self.data.get(k, "?") for k in key]
        return self.data[key]

r = Registry()
r.data.update(a=1, b=2)
print(r["a"], r["a", "b", "z"])
try:
    r["missing"]
except KeyError as e:
    print("KeyError:", e)

# === What the slice looks like ===
class Show:
    def __getitem__(self, key):
        return key

s = Show()
print(s[1], s[1:2], s[::], s[1:2, 3], s[..., 0], s["k"])

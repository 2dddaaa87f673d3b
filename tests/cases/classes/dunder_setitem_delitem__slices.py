# __setitem__ and __delitem__, including slice handling.

class Buffer:
    def __init__(self, size):
        self.data = [0] * size
        self.log = []

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        self.log.append(("set", key if not isinstance(key, slice) else (key.start, key.stop, key.step)))
        self.data[key] = value

    def __delitem__(self, key):
        self.log.append(("del", key if not isinstance(key, slice) else "slice"))
        del self.data[key]

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return f"Buffer({self.data})"

b = Buffer(8)

# === Item and slice assignment ===
b[0] = 5
b[-1] = 9
b[2:4] = [7, 7]
b[::3] = ["a", "b", "c"]
print(b)

# === Deletion ===
del b[1]
del b[::2]
print(b, len(b))
print(b.log)

# === A sparse vector with default values ===
class Sparse:
    def __init__(self, n):
        self.n = n
        self.values = {}
    def __setitem__(self, i, v):
        if v == 0:
            self.values.pop(i, None)
        else:
            self.values[i] = v
    def __getitem__(self, i):
        return self.values.get(i, 0)
    def __delitem__(self, i):
        del self.values[i]

sp = Sparse(100)
sp[5], sp[50], sp[7] = 1, 2, 3
sp[7] = 0
del sp[5]
print(sp.values, sp[50], sp[99])

# List repetition shares references: the classic grid pitfall.

# === Repeated inner list is shared ===
bad = [[0] * 3] * 3
bad[0][0] = 1
print(bad)
good = [[0] * 3 for _ in range(3)]
good[0][0] = 1
print(good)
print(bad[0] is bad[1], good[0] is good[1])

# === Concatenation and repetition ===
print([1, 2] + [3], [0] * 4, [] * 10, [1, 2] * 0, 2 * ["ab"])

# === Mutable default argument pitfall ===
def add(item, bucket=[]):
    bucket.append(item)
    return bucket

print(add(1), add(2))

def add_fixed(item, bucket=None):
    bucket = [] if bucket is None else bucket
    bucket.append(item)
    return bucket

print(add_fixed(1), add_fixed(2))

# === Aliasing through function calls ===
def clear_in_place(lst):
    lst.clear()

def rebind(lst):
    lst = []
    return lst

data = [1, 2, 3]
rebind(data)
print(data)
clear_in_place(data)
print(data)

# === += mutates, + creates ===
x = [1]
y = x
x = x + [2]
print(x, y)
x = y
x += [3]
print(x, y)

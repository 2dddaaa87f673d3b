# enumerate() with and without start.

fruits = ["apple", "banana", "cherry"]

# === Default start 0 and custom start ===
print(list(enumerate(fruits)))
print(list(enumerate(fruits, 1)), list(enumerate(fruits, start=-1)))

# === Numbered lines ===
for n, f in enumerate(fruits, start=1):
    print(f"{n:>2}. {f}")

# === enumerate is a lazy iterator ===
e = enumerate("ab")
print(next(e), next(e), next(e, "end"))

# === Works on any iterable ===
print(list(enumerate({"x": 1, "y": 2})), list(enumerate(range(10, 13))))
print(list(enumerate(c for c in "hi")))

# === Finding indices ===
text = "abracadabra"
print([i for i, ch in enumerate(text) if ch == "a"])
print(next(i for i, ch in enumerate(text) if ch == "c"))

# === Modifying a list by index while enumerating ===
prices = [10, 25, 40]
for i, p in enumerate(prices):
    prices[i] = p * 0.9
print(prices)

# === Building an index map ===
print({w: i for i, w in enumerate(["z", "y", "x"])})

# === Nested enumerate over a grid ===
grid = ["#.", ".#"]
print([(r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "#"])

# Dict comprehensions.

words = ["apple", "banana", "cherry", "date", "elderberry", "fig"]

# === Basic forms ===
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print({i: i * i for i in range(6) if i % 2})

# === Inverting a mapping ===
codes = {"US": 1, "CA": 1, "FR": 33, "DE": 49}
inverse = {}
for k, v in codes.items():
    inverse.setdefault(v, []).append(k)
print(inverse)
print({v: k for k, v in codes.items()})

# === From two lists ===
keys = ["id", "name", "role"]
vals = [7, "ann", "admin"]
print({k: v for k, v in zip(keys, vals)})

# === Filtering a dict ===
prices = {"tea": 2.5, "cake": 4.0, "water": 1.0, "pie": 3.75}
print({k: v for k, v in prices.items() if v >= 2.5})
print({k: round(v * 1.1, 2) for k, v in prices.items()})

# === Nested comprehension ===
table = {n: {m: n * m for m in range(1, 4)} for n in range(1, 4)}
print(table)
print(table[2][3])

# === Conditional values ===
print({n: ("even" if n % 2 == 0 else "odd") for n in range(5)})

# === Later keys overwrite earlier ones ===
print({x % 3: x for x in range(10)})

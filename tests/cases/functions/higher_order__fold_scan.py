# Implementing reduce-like folds and scans by hand.

def fold(fn, items, initial):
    acc = initial
    for x in items:
        acc = fn(acc, x)
    return acc

def scan(fn, items, initial):
    acc = initial
    out = [acc]
    for x in items:
        acc = fn(acc, x)
        out.append(acc)
    return out

nums = [3, 1, 4, 1, 5, 9, 2, 6]

# === Folds ===
print(fold(lambda a, b: a + b, nums, 0))
print(fold(lambda a, b: a * b, nums, 1))
print(fold(max, nums, float("-inf")))
print(fold(lambda acc, x: acc + [x] if x not in acc else acc, nums, []))
print(fold(lambda acc, ch: acc * 10 + int(ch), "2024", 0))

# === Scans ===
print(scan(lambda a, b: a + b, nums, 0))
print(scan(max, nums, 0))

# === Building dicts with folds ===
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
grouped = fold(lambda d, w: {**d, w[0]: d.get(w[0], []) + [w]}, words, {})
print(grouped)

# === Function composition via fold ===
steps = [lambda x: x + 2, lambda x: x * 3, lambda x: x - 1]
print(fold(lambda acc, f: f(acc), steps, 5))

# === Running balance ===
transactions = [100, -30, -80, 50, -10]
balances = scan(lambda bal, t: bal + t, transactions, 0)[1:]
print(balances, min(balances), [i for i, b in enumerate(balances) if b < 0])

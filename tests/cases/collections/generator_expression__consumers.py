# Generator expressions passed to consumers.

nums = [3, 8, 1, 9, 4, 7]

# === Aggregates ===
print(sum(x * x for x in nums))
print(max(x for x in nums if x % 2 == 0))
print(min((x for x in nums), default=None), min((x for x in []), default="empty"))
print(any(x > 8 for x in nums), all(x > 0 for x in nums))

# === Building containers ===
print(list(x + 1 for x in nums))
print(tuple(str(x) for x in nums))
print(sorted(x for x in nums if x > 3))
print(dict((x, x % 3) for x in nums))
print(",".join(str(x) for x in nums))

# === Generators are single-use ===
gen = (x * 10 for x in range(3))
print(list(gen), list(gen))

# === Lazy: only consumed as needed ===
def noisy(values):
    for v in values:
        print("produce", v)
        yield v

g = (v * 2 for v in noisy([1, 2, 3]))
print("created")
print(next(g))
print(next(g))

# === any() stops early ===
checked = []
def check(x):
    checked.append(x)
    return x > 2
print(any(check(x) for x in [1, 2, 3, 4, 5]), checked)

# === Chained generator pipeline ===
lines = ["10", "x", "20", "", "30"]
valid = (l for l in lines if l.isdigit())
values = (int(l) for l in valid)
print(sum(values))

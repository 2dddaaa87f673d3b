# sum, any and all.

# === sum with start ===
print(sum([1, 2, 3]), sum([], 10), sum(range(5), 100), sum([0.5, 0.25]))
print(sum([[1], [2, 3], []], []), sum(((1,), (2,)), ()))
print(sum(x * x for x in range(10)), sum([True, False, True]))

# === sum of strings is rejected ===
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)

# === any / all basics ===
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any("abc"), all(""))
print(any(x > 5 for x in [1, 2, 3]), all(isinstance(x, int) for x in [1, 2, 3]))

# === Short-circuiting with generators ===
seen = []
def check(v):
    seen.append(v)
    return v

print(any(check(v) for v in [0, 0, 3, 4]), seen)
seen.clear()
print(all(check(v) for v in [1, 2, 0, 4]), seen)

# === Validation helpers ===
def valid_password(pw):
    rules = [
        len(pw) >= 8,
        any(c.isupper() for c in pw),
        any(c.islower() for c in pw),
        any(c.isdigit() for c in pw),
        not any(c.isspace() for c in pw),
    ]
    return all(rules), sum(rules)

for pw in ["short", "longenough", "LongEnough1", "Has Space1A", "ABCdef123"]:
    print(pw, valid_password(pw))

# === Averages and weighted sums ===
grades = [(90, 0.5), (80, 0.3), (70, 0.2)]
print(sum(g * w for g, w in grades), sum(w for _, w in grades))
matrix = [[1, 2], [3, 4], [5, 6]]
print(sum(map(sum, matrix)), sum(sum(row) for row in matrix), [sum(col) for col in zip(*matrix)])

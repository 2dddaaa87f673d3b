# sorted, min and max with key/default/reverse.

words = ["kiwi", "fig", "banana", "apple", "cherry", "date"]

# === sorted ===
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
print(sorted("Hello World"), sorted({3: "a", 1: "b"}), sorted((3, 1, 2), reverse=True))

# === min / max with key ===
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(max(words, key=lambda w: w[-1]), min(words, key=lambda w: (w.count("a"), w)))

# === Ties return the first occurrence ===
print(max(["aa", "bb", "cc"], key=len), min(["bb", "aa"], key=len))

# === Multiple positional arguments ===
print(max(3, 7, 5), min(3, 7, 5), max("abc", "abd"), min([1, 2], [1, 1, 5]))

# === default for empty iterables ===
print(min([], default=None), max((), default="empty"), max([], key=len, default=0))

# === Errors ===
try:
    max([])
except ValueError:
    print("ValueError for empty max")
try:
    min(1, "a")
except TypeError as e:
    print("TypeError:", e)

# === Records ===
employees = [("ann", "eng", 120), ("bob", "ops", 95), ("cy", "eng", 130), ("di", "ops", 99)]
print(max(employees, key=lambda e: e[2]))
print(sorted(employees, key=lambda e: (e[1], -e[2])))
top_per_dept = {}
for e in employees:
    best = top_per_dept.get(e[1])
    if best is None or e[2] > best[2]:
        top_per_dept[e[1]] = e
print(top_per_dept)

# === argmin / argmax ===
values = [4, 1, 7, 1, 9, 2]
print(min(range(len(values)), key=values.__getitem__), max(range(len(values)), key=lambda i: values[i]))

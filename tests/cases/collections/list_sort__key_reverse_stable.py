# Sorting with key, reverse and stability.

people = [("alice", 30, "NY"), ("bob", 25, "LA"), ("carol", 30, "SF"),
          ("dave", 25, "NY"), ("eve", 35, "LA"), ("frank", 30, "LA")]

# === key functions ===
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[2], -p[1])))
print(sorted(people, key=lambda p: len(p[0])))

# === reverse keeps stability for equal keys ===
print([p[0] for p in sorted(people, key=lambda p: p[1], reverse=True)])

# === Multi-pass sorting relies on stability ===
data = list(people)
data.sort(key=lambda p: p[0], reverse=True)
data.sort(key=lambda p: p[2])
print([(p[2], p[0]) for p in data])

# === Sorting strings ===
words = ["Banana", "apple", "cherry", "Apple", "banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))

# === list.sort in place vs sorted ===
nums = [3, -1, 4, -1, 5, -9, 2]
print(sorted(nums, key=abs), nums)
nums.sort(reverse=True)
print(nums)

# === Sorting dict items ===
scores = {"ann": 88, "ben": 95, "cid": 88, "dot": 70}
print(sorted(scores, key=scores.get, reverse=True))
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))

# === Sorting with None values last ===
vals = [3, None, 1, None, 2]
print(sorted(vals, key=lambda v: (v is None, v if v is not None else 0)))

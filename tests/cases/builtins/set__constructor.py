# set() constructor and common uses.

# === Construction from iterables ===
print(set(), sorted(set([3, 1, 2, 3])), set(range(5)), set((1, 1, 1)), set({4: "a", 5: "b"}))
print(sorted(set("banana")), len(set("mississippi")))

# === Duplicate removal ===
nums = [5, 3, 5, 1, 3, 9, 1]
print(sorted(set(nums)), len(nums) - len(set(nums)))

# === set() makes an independent copy ===
a = {1, 2}
b = set(a)
b.add(3)
print(a, b)

# === Membership is fast and simple ===
vowels = set("aeiou")
word = "encyclopedia"
print("".join(c for c in word if c in vowels), sum(c not in vowels for c in word))

# === Common elements across several lists ===
lists = [[1, 2, 3, 4], [2, 3, 4, 5], [3, 4, 5, 6]]
common = set(lists[0])
for l in lists[1:]:
    common &= set(l)
print(sorted(common), sorted(set().union(*lists)))

# === Words in one text but not the other ===
t1 = "the cat sat on the mat"
t2 = "the dog sat on the log"
w1, w2 = set(t1.split()), set(t2.split())
print(sorted(w1 - w2), sorted(w2 - w1), sorted(w1 & w2))

# === Elements must be hashable ===
try:
    set([[1], [2]])
except TypeError as e:
    print("TypeError:", e)
print(set([(1, 2), (1, 2), (2, 1)]) == {(1, 2), (2, 1)})

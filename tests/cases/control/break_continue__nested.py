# break and continue in nested loops.

# === break only exits the innermost loop ===
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        print(i, j, end="; ")
print()

# === continue in inner loop ===
pairs = []
for i in range(4):
    for j in range(4):
        if i == j:
            continue
        if i + j > 4:
            continue
        pairs.append((i, j))
print(pairs)

# === Breaking out of two loops with a function return ===
def first_pair_sum(nums, target):
    for i, a in enumerate(nums):
        for b in nums[i + 1:]:
            if a + b == target:
                return a, b
    return None

print(first_pair_sum([2, 7, 11, 15], 9), first_pair_sum([1, 2], 10))

# === Processing lines, skipping comments, stopping at END ===
lines = ["# header", "a=1", "", "b=2", "# note", "END", "c=3"]
parsed = {}
for line in lines:
    if not line or line.startswith("#"):
        continue
    if line == "END":
        break
    k, v = line.split("=")
    parsed[k] = int(v)
print(parsed)

# === Loop variable after break ===
for idx in range(100):
    if idx * idx > 50:
        break
print(idx)

# === Multiplication table with skip ===
for r in range(1, 5):
    row = []
    for c in range(1, 5):
        if c > r:
            break
        row.append(r * c)
    print(row)

# Recursive generation of permutations, combinations and subsets.

def permutations(items):
    if len(items) <= 1:
        return [list(items)]
    out = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out

def combinations(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    first, rest = items[0], items[1:]
    return [[first] + c for c in combinations(rest, k - 1)] + combinations(rest, k)

def subsets(items):
    if not items:
        return [[]]
    smaller = subsets(items[1:])
    return smaller + [[items[0]] + s for s in smaller]

# === Permutations ===
print(permutations([1, 2, 3]))
print(len(permutations(list(range(5)))), ["".join(p) for p in permutations(list("abc"))])

# === Combinations ===
print(combinations([1, 2, 3, 4], 2))
print([len(combinations(list(range(6)), k)) for k in range(7)])

# === Subsets ===
print(subsets(["x", "y", "z"]))

# === Subset sum with recursion ===
def subset_sum(nums, target):
    if target == 0:
        return []
    if not nums or target < 0:
        return None
    with_first = subset_sum(nums[1:], target - nums[0])
    if with_first is not None:
        return [nums[0]] + with_first
    return subset_sum(nums[1:], target)

print(subset_sum([3, 34, 4, 12, 5, 2], 9), subset_sum([1, 2], 10))

# === N-Queens count ===
def queens(n, row=0, cols=(), diag1=(), diag2=()):
    if row == n:
        return 1
    return sum(queens(n, row + 1, cols + (c,), diag1 + (row + c,), diag2 + (row - c,))
               for c in range(n) if c not in cols and row + c not in diag1 and row - c not in diag2)

print([queens(n) for n in range(1, 8)])

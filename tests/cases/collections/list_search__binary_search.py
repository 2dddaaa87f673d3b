# Binary search variants on sorted lists.

def bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

def bisect_right(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo

data = [1, 3, 3, 3, 5, 8, 13, 21]

# === Insertion points ===
for x in [0, 1, 3, 4, 21, 22]:
    print(x, bisect_left(data, x), bisect_right(data, x))

# === Count occurrences via two searches ===
print(bisect_right(data, 3) - bisect_left(data, 3))

# === Keep a list sorted while inserting ===
out = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    out.insert(bisect_right(out, v), v)
print(out, out == sorted(out))

# === Grade lookup ===
breaks = [60, 70, 80, 90]
grades = "FDCBA"
print([grades[bisect_right(breaks, s)] for s in [33, 60, 77, 89, 90, 100]])

# === Integer square root by binary search ===
def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo

print([isqrt(n) for n in [0, 1, 2, 15, 16, 17, 99, 10 ** 20]])

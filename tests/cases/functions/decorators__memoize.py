# Memoization with a decorator and a dict cache.

def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

# === Fast even for larger n ===
print(fib(90), len(fib.cache))

# === Grid paths with obstacles ===
BLOCKED = {(1, 1), (2, 3)}

@memoize
def paths(r, c):
    if (r, c) in BLOCKED:
        return 0
    if r == 0 and c == 0:
        return 1
    total = 0
    if r > 0:
        total += paths(r - 1, c)
    if c > 0:
        total += paths(r, c - 1)
    return total

print(paths(4, 4), paths(2, 2), paths(0, 5))

# === Partition numbers ===
@memoize
def partitions(n, max_part):
    if n == 0:
        return 1
    if n < 0 or max_part == 0:
        return 0
    return partitions(n - max_part, max_part) + partitions(n, max_part - 1)

print([partitions(n, n) for n in range(1, 16)])

# === Longest increasing subsequence with memo ===
seq = [10, 9, 2, 5, 3, 7, 101, 18, 4, 19]

@memoize
def lis_from(i):
    best = 1
    for j in range(i + 1, len(seq)):
        if seq[j] > seq[i]:
            best = max(best, 1 + lis_from(j))
    return best

print(max(lis_from(i) for i in range(len(seq))))

# Tight numeric loops: Collatz chain lengths computed without memoisation.


def chain_length(n):
    steps = 1
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def scan(limit):
    best = 0
    best_start = 1
    histogram = [0] * 8
    total = 0
    for start in range(1, limit):
        length = chain_length(start)
        total += length
        histogram[min(length // 50, 7)] += 1
        if length > best:
            best = length
            best_start = start
    return best_start, best, total, histogram


best_start, best, total, histogram = scan(10_000)
print("longest chain starts at", best_start, "length", best)
print("total steps", total)
print("histogram", histogram)

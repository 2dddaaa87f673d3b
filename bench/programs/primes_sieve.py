# Tight numeric loops: sieve of Eratosthenes, then gaps and twin primes over the result.


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
        i += 1
    return [n for n in range(limit + 1) if flags[n]]


def gap_stats(primes):
    twins = 0
    widest = 0
    widest_at = 0
    prev = primes[0]
    for p in primes[1:]:
        gap = p - prev
        if gap == 2:
            twins += 1
        if gap > widest:
            widest = gap
            widest_at = prev
        prev = p
    return twins, widest, widest_at


def digit_checksum(primes):
    total = 0
    for p in primes:
        while p:
            total += p % 10
            p //= 10
    return total


primes = sieve(400_000)
twins, widest, widest_at = gap_stats(primes)
print("count", len(primes))
print("last", primes[-1])
print("sum mod 1e9+7", sum(primes) % 1_000_000_007)
print("twins", twins)
print("widest gap", widest, "after", widest_at)
print("digit checksum", digit_checksum(primes))

# while loops with else, break and continue.

# === else runs when the condition becomes false ===
n = 3
while n > 0:
    print("tick", n)
    n -= 1
else:
    print("loop finished normally")

# === else is skipped after break ===
def find_first_multiple(values, k):
    i = 0
    while i < len(values):
        if values[i] % k == 0:
            print("found", values[i], "at", i)
            break
        i += 1
    else:
        print("no multiple of", k)

find_first_multiple([3, 5, 14, 9], 7)
find_first_multiple([3, 5, 11], 7)

# === continue skips the rest of the body ===
i = 0
odds = []
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    odds.append(i)
print(odds)

# === Collatz sequence lengths ===
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

print([collatz_len(n) for n in range(1, 16)])
best = max(range(1, 1000), key=collatz_len)
print(best, collatz_len(best))

# === while True with break ===
total, count = 0, 0
values = iter([5, 8, -1, 99])
while True:
    v = next(values)
    if v < 0:
        break
    total += v
    count += 1
print(total, count)

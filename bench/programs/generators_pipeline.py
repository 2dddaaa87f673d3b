# Generators and comprehensions: lazy pipelines, yield from, generator expressions and comprehensions.


def numbers(seed, count):
    state = seed
    for _ in range(count):
        state = (state * 1103515245 + 12345) % 2147483648
        yield state % 100000


def windows(items, size):
    window = []
    for item in items:
        window.append(item)
        if len(window) > size:
            window.pop(0)
        if len(window) == size:
            yield tuple(window)


def chunked(items, size):
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def running_total(items):
    total = 0
    for item in items:
        total += item
        yield total


def take(n, items):
    for i, item in enumerate(items):
        if i >= n:
            return
        yield item


evens = (n for n in numbers(1, 40000) if n % 2 == 0)
scaled = (n // 7 for n in evens)
moving = (sum(w) // len(w) for w in windows(scaled, 5))
chunks = [max(c) - min(c) for c in chunked(moving, 100)]
print("chunks", len(chunks), sum(chunks), chunks[:5])

squares = {n: n * n for n in range(2000) if n % 3}
print("squares", len(squares), sum(squares.values()) % 1000003)
residues = sorted({n % 97 for n in numbers(2, 20000)})
print("residues", len(residues), residues[:5])
matrix = [[(r * 31 + c * 17) % 101 for c in range(60)] for r in range(60)]
transposed = [list(col) for col in zip(*matrix)]
print("matrix", sum(sum(row) for row in matrix), transposed[3][:4], max(max(r) for r in transposed))
pairs = [(a, b) for a in range(1, 90) for b in range(a, 90) if (a * a + b * b) % 13 == 0]
print("pairs", len(pairs), pairs[-2:])
tree = [1, [2, [3, [4, 5]], 6], [[7], [8, [9, [10]]]]] * 300
print("flatten", sum(flatten(tree)))
print("running", list(take(5, running_total(numbers(3, 10**9)))))
print("any/all", any(n > 99990 for n in numbers(4, 5000)), all(n >= 0 for n in numbers(5, 5000)))
groups = {}
for word in (f"w{n % 37}" for n in numbers(6, 10000)):
    groups[word[:2]] = groups.get(word[:2], 0) + 1
print("groups", sorted(groups.items()))

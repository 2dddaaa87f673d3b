# Loops at the top of a script bind globals: every kind of binding inside one must behave as
# in CPython (edge-python runs such loops as functions whose names are declared global).
total = 0
seen = []
for i, ch in enumerate("abcabc"):
    total = (total * 31 + ord(ch) * (i % 7 + 1)) % 1_000_000_007
    squares = [i * i for i in range(3)]  # the comprehension's own i
    if (doubled := i * 2) > 6:
        seen.append(doubled)
    def show(prefix, i=i):
        return f"{prefix}{i}{ch}"
    class Box:
        value = ch * 2
    try:
        {}[ch]
    except KeyError as missing:
        last_key = str(missing)
    match ch:
        case "a":
            kind = "vowel"
        case other:
            kind = "other " + other
else:
    finished = True
print(total, i, ch, squares, seen, show("x"), Box.value, last_key, kind, finished)
print("missing" in globals(), "other" in globals(), "doubled" in globals())

n = 10
while n > 0:
    n -= 3
    if n == 4:
        continue
    labels = [f"{n}:{k}" for k in range(2) if (hit := k) >= 0]
print(n, labels, hit)

counts = {}
for word in "the cat the hat".split():
    counts[word] = counts.get(word, 0) + 1
    del word
print(counts, "word" in globals())

for outer in range(3):
    for inner in range(3):
        if outer * inner == 2:
            break
    else:
        continue
    break
print(outer, inner)

names = []
for attempt in range(3):
    names.append(sorted(k for k in globals() if not k.startswith("__"))[:4])
print(names[-1])


def depth(k):
    return 0 if k == 0 else 1 + depth(k - 1)


for level in (10, 100):
    print(level, depth(level))

results = []
for value in [3, 0, "x"]:
    try:
        results.append(6 // value)
    except (ZeroDivisionError, TypeError) as problem:
        results.append(type(problem).__name__)
print(results)

made = []
for index in range(2):
    made.append((lambda: index, (x for x in "ab")))
    key = sorted([3, 1, 2], key=lambda v: -v)
print(made[0][0].__qualname__, made[1][0](), repr(made[0][1]).split(" at ")[0], key)
try:
    made[0][0](1)
except TypeError as error:
    print(error)

if __name__ == "__main__":
    acc = []
    for step in range(3):
        acc.append(step * step)
    print("main", acc, step)

try:
    for attempt in range(3):
        if attempt == 2:
            raise ValueError(attempt)
except ValueError as failure:
    print("failed at", failure.args, attempt)


class Resource:
    def __enter__(self):
        return "res"

    def __exit__(self, *exc):
        print("closed")
        return False


with Resource() as handle:
    while (handle := handle[:-1]):
        pass
print(repr(handle))

match [1, 2, 3]:
    case [first, *rest]:
        for item in rest:
            first += item
print(first, rest, item)

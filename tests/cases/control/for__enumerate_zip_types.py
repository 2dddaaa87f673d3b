# Loop variables of enumerate() and zip() as the compiler types them: numbers stay numbers,
# anything else (rebinding, shadowed builtins, odd shapes) behaves as CPython.

total = 0
for i, ch in enumerate("hello"):
    total = total * 31 + ord(ch) * (i + 1)
print(total)

pairs = []
for a, b in zip([1, 2.5, 3], "xyz"):
    pairs.append(a * 2 + 1)
    pairs.append(b * 2)
print(pairs)

for i, item in enumerate([[1], [2]]):
    print(i * 3, item * 2, 3 * i)

for i, word in enumerate(["a", "b"]):
    i = str(i) + word  # rebound to a str inside the loop
    print(i * 2)

for x, y in zip(range(3), range(3, 6)):
    print(x * y, x * 2 * y)


def shadowed():
    def enumerate(xs):
        return [("k" + str(x), x) for x in xs]

    for key, value in enumerate([5, 6]):
        print(key * 2, value * 2)


shadowed()


def nested(items):
    for n, (a, b) in enumerate(items):
        print(n * 2, a * b)


nested([(2, "ab"), (3, [0])])

for i, (x, y) in enumerate(zip("ab", "cd")):
    print(i * 10, x * 2 + y)

big = 10 ** 30
for i, v in enumerate([big, 2.0]):
    print(v * v, i * v)

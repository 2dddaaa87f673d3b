# for loops with else.

# === Prime detection with for/else ===
primes = []
for n in range(2, 40):
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)

# === else runs for empty iterables ===
for x in []:
    print("never")
else:
    print("empty loop else")

# === Searching nested data ===
inventory = {"shelf1": ["apple", "pear"], "shelf2": ["kiwi", "plum"], "shelf3": []}

def locate(item):
    for shelf, things in inventory.items():
        for thing in things:
            if thing == item:
                return f"{item} on {shelf}"
    return f"{item} not found"

print(locate("kiwi"), "|", locate("fig"))

# === Break out of nested loops with a flag-free else ===
target = 12
for a in range(1, 6):
    for b in range(1, 6):
        if a * b == target:
            print("factors", a, b)
            break
    else:
        continue
    break
else:
    print("no factors")

# === continue with else ===
for w in ["ok", "skip", "fine"]:
    if w == "skip":
        continue
    print("word", w)
else:
    print("done iterating")

# if / elif / else chains.

def classify(n):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n % 2 == 0 and n < 10:
        kind = "small even"
    elif n % 2 == 0:
        kind = "large even"
    elif n < 10:
        kind = "small odd"
    else:
        kind = "large odd"
    return kind

# === Each branch ===
for n in [-5, 0, 4, 12, 7, 15]:
    print(n, classify(n))

# === Nested ifs ===
def shipping(weight, express, country):
    if country == "home":
        if express:
            cost = 10 if weight < 5 else 20
        else:
            cost = 5
    else:
        cost = 25
        if weight > 10:
            cost += 15
    return cost

for args in [(1, True, "home"), (8, True, "home"), (8, False, "home"), (3, False, "abroad"), (12, True, "abroad")]:
    print(args, shipping(*args))

# === Conditions with side effects evaluated in order ===
seen = []
def probe(tag, result):
    seen.append(tag)
    return result

if probe("a", False):
    pass
elif probe("b", True):
    pass
elif probe("c", True):
    pass
print(seen)

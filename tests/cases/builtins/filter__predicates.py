# filter() with functions, None and methods.

nums = list(range(-5, 6))

# === Predicate functions ===
print(list(filter(lambda n: n > 0, nums)))
print(list(filter(lambda n: n % 2 == 0, nums)))

def is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))

print(list(filter(is_prime, range(50))))

# === None filters out falsy values ===
mixed = [0, 1, "", "x", None, [], [0], 0.0, False, True, {}]
print(list(filter(None, mixed)))

# === Unbound methods as predicates ===
words = ["Alpha", "beta", "GAMMA", "delta", "42"]
print(list(filter(str.islower, words)), list(filter(str.isdigit, words)))

# === Lazy evaluation ===
def noisy(n):
    print("  testing", n)
    return n > 2

f = filter(noisy, [1, 2, 3, 4])
print("created filter")
print(next(f))
print(list(f))

# === Filtering dicts ===
stock = {"apple": 0, "pear": 5, "fig": 2, "kiwi": 0}
print(dict(filter(lambda kv: kv[1] > 0, stock.items())))
print(list(filter(stock.get, stock)))

# === Combined with map ===
print(sum(map(len, filter(str.isalpha, ["ab", "c1", "def", "", "g"]))))

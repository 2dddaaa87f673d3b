# Function factories built from closures.

def make_validator(min_len=0, max_len=None, allowed=None):
    def validate(text):
        problems = []
        if len(text) < min_len:
            problems.append(f"shorter than {min_len}")
        if max_len is not None and len(text) > max_len:
            problems.append(f"longer than {max_len}")
        if allowed is not None:
            bad = sorted({c for c in text if c not in allowed})
            if bad:
                problems.append(f"bad chars {bad}")
        return problems or ["ok"]
    return validate

username = make_validator(3, 8, allowed="abcdefghijklmnopqrstuvwxyz0123456789_")
pin = make_validator(4, 4, allowed="0123456789")

# === Validators ===
for name in ["bob", "al", "thisiswaytoolong", "Bad Name!", "ok_user1"]:
    print(f"{name!r:20} {username(name)}")
for p in ["1234", "12a4", "123"]:
    print(f"{p!r:8} {pin(p)}")

# === Accumulator factory ===
def make_stats():
    values = []
    def add(v):
        values.append(v)
        n = len(values)
        mean = sum(values) / n
        return n, mean, min(values), max(values)
    return add

stats = make_stats()
for v in [4, 8, 15, 16, 23, 42]:
    print(stats(v))

# === Memoizing factory with shared cache ===
def make_cached(fn):
    cache = {}
    def cached(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n], len(cache)
    return cached

slow_square = make_cached(lambda n: n * n)
print(slow_square(4), slow_square(5), slow_square(4))

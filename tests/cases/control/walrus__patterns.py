# Assignment expressions (:=).

# === In while conditions ===
data = [4, 7, 1, 0, 9]
it = iter(data)
while (item := next(it)) != 0:
    print("item", item)

# === Avoid recomputation in comprehensions ===
def expensive(n):
    return n * n - 10

print([y for n in range(6) if (y := expensive(n)) > 0])

# === In if statements ===
config = {"retries": "3"}
if (raw := config.get("retries")) is not None:
    print("retries:", int(raw))
if (missing := config.get("timeout")) is None:
    print("timeout missing:", missing)

# === Chunked reading ===
stream = iter("abcdefghij")
def read(n):
    return "".join(ch for _, ch in zip(range(n), stream))

while chunk := read(3):
    print("chunk", chunk)

# === Value persists after expression ===
print((z := 5) + z, z)

# === Running totals with walrus in comprehension ===
acc = 0
prefix = [acc := acc + v for v in [1, 2, 3, 4, 5]]
print(prefix, acc)

# === Matching with any() captures witness ===
words = ["alpha", "beta", "gamma", "delta"]
if any((hit := w).startswith("g") for w in words):
    print("first g-word:", hit)

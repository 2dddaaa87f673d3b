# Comprehension variables do not leak; closures capture late.

# === Loop variable does not leak ===
x = "outer"
squares = [x * x for x in range(4)]
print(x, squares)

# === Regular for loop variable does leak ===
for i in range(3):
    pass
print(i)

# === Outer names are visible ===
factor = 10
print([n * factor for n in range(3)])

# === Late binding in lambdas created in a comprehension ===
funcs = [lambda: n for n in range(3)]
print([f() for f in funcs])
funcs = [lambda n=n: n for n in range(3)]
print([f() for f in funcs])

# === The first iterable is evaluated in the enclosing scope ===
def make():
    data = [1, 2, 3]
    return [d + len(data) for d in data]

print(make())

# === Nested comprehensions see outer comprehension vars ===
print([[i * j for j in range(i)] for i in range(4)])

# === Walrus in comprehension binds in enclosing scope ===
total = 0
running = [total := total + v for v in [1, 2, 3, 4]]
print(running, total)

# === Comprehension inside a function closure ===
def multipliers(k):
    return [lambda v, m=m: v * m for m in range(1, k + 1)]

print([f(10) for f in multipliers(3)])

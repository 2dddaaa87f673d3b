# Conditional expressions.

# === Basic usage ===
for n in range(-2, 3):
    print(n, "positive" if n > 0 else "zero" if n == 0 else "negative")

# === Lazy evaluation of branches ===
def boom():
    raise RuntimeError("should not run")

print(1 if True else boom())
print(boom() if False else 2)

# === Inside comprehensions ===
print(["even" if i % 2 == 0 else "odd" for i in range(5)])
print([x if x >= 0 else -x for x in [-3, 1, -2]])

# === FizzBuzz with nested conditionals ===
out = []
for i in range(1, 16):
    out.append("FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i))
print(" ".join(out))

# === As function arguments and in returns ===
def sign(x):
    return 1 if x > 0 else (-1 if x < 0 else 0)

print([sign(v) for v in [5, -5, 0, 0.1, -0.0]])
print(max(3, 4) if 3 != 4 else None)

# === Truthiness of condition ===
for v in [[], [1], "", "x", 0, None]:
    print(repr(v), "yes" if v else "no")

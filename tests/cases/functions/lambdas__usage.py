# Lambda expressions.

# === Basic lambdas ===
square = lambda x: x * x
add = lambda a, b=10: a + b
noargs = lambda: "constant"
print(square(7), add(1), add(1, 2), noargs())
print((lambda *a, **k: (a, k))(1, 2, x=3))

# === Lambdas as keys ===
pairs = [(1, "one"), (3, "three"), (2, "two"), (4, "four")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: len(p[1]) * 10 + p[0]))
print(max(pairs, key=lambda p: p[0] % 3))

# === Dispatch table of lambdas ===
ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b if b else float("nan"),
}
for sym in "+-*/":
    print(sym, ops[sym](12, 4))

# === Returning lambdas ===
def compose(*fns):
    return lambda x: x if not fns else fns[0](compose(*fns[1:])(x))

inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))

# === Immediately invoked lambda ===
print((lambda n: [i for i in range(n) if i % 2])(10))

# === Lambda name ===
print(square.__name__, (lambda: 0).__name__)

# === Conditional expression inside lambda ===
sign = lambda x: "+" if x > 0 else "-" if x < 0 else "0"
print("".join(sign(v) for v in [3, -1, 0, 8, -2]))

# === Lambda capturing loop variable via default ===
powers = [lambda x, e=e: x ** e for e in range(4)]
print([p(2) for p in powers])

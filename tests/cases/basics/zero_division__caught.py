# Division by zero in every operator form, caught and classified.

def attempt(label, fn):
    try:
        result = fn()
    except ZeroDivisionError as e:
        return f"{label}: ZeroDivisionError (ArithmeticError={isinstance(e, ArithmeticError)})"
    return f"{label}: {result}"

# === Each operator ===
cases = [
    ("7 / 0", lambda: 7 / 0),
    ("7 // 0", lambda: 7 // 0),
    ("7 % 0", lambda: 7 % 0),
    ("divmod(7, 0)", lambda: divmod(7, 0)),
    ("7.0 / 0", lambda: 7.0 / 0),
    ("7.0 % 0.0", lambda: 7.0 % 0.0),
    ("0 ** -1", lambda: 0 ** -1),
    ("7 / 0.5", lambda: 7 / 0.5),
    ("0 / 7", lambda: 0 / 7),
    ("-0.0 % 5", lambda: -0.0 % 5),
]
for label, fn in cases:
    print(attempt(label, fn))

# === Safe division helper ===
def safe_div(a, b, default=None):
    try:
        return a / b
    except ZeroDivisionError:
        return default

print([safe_div(10, d, "n/a") for d in [1, 2, 0, 4, 0.0]])

# === Modulo by zero inside a loop stops it ===
results = []
for d in [3, 2, 1, 0, -1]:
    try:
        results.append(10 % d)
    except ZeroDivisionError:
        results.append("skip")
print(results)

# === Checking the divisor first ===
def average(values):
    return sum(values) / len(values) if values else 0.0

print(average([1, 2, 3, 4]), average([]))

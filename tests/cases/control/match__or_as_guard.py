# Or-patterns, as-patterns and guards.

def classify(token):
    match token:
        case "+" | "-" as op:
            return f"additive {op}"
        case "*" | "/" | "//" | "%" as op:
            return f"multiplicative {op}"
        case int() | float() as num if num < 0:
            return f"negative number {num}"
        case int() | float() as num:
            return f"number {num}"
        case [("x" | "y") as axis, int() as amount]:
            return f"move {axis} by {amount}"
        case (str() as name, _) | [str() as name]:
            return f"named {name}"
        case _:
            return "unknown"

for tok in ["+", "/", "//", -2, 3.5, 0, ["x", 4], ("y", -1), ["z", 1], ("bob", 3), ["solo"], None]:
    print(repr(tok), "->", classify(tok))

# === Guards are evaluated in order, bindings happen before guard ===
def bucket(pair):
    match pair:
        case (a, b) if a == b:
            return "equal"
        case (a, b) if a > b:
            return "descending"
        case (a, b):
            return "ascending"

print([bucket(p) for p in [(1, 1), (5, 2), (2, 5)]])

# === as-pattern around a whole sequence ===
match [1, [2, 3]]:
    case [first, [_, _] as inner] as whole:
        print(first, inner, whole)

# === Guard with side effects runs only when pattern matches ===
checks = []
def guard(tag):
    checks.append(tag)
    return False

match 5:
    case str() if guard("str"):
        pass
    case int() if guard("int"):
        pass
    case _:
        print("fell through, guards run:", checks)

# Sequence patterns, including star captures.

def analyse(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *middle, last] if not middle:
            return "unreachable"
        case [0, *rest]:
            return f"starts with zero, rest={rest}"
        case [first, *_, last]:
            return f"first={first} last={last}"

# === Lists and tuples both match ===
for s in [[], [1], (1, 2), [0, 5, 6], [1, 2, 3, 4], (9, 8, 7)]:
    print(repr(s), "->", analyse(s))

# === Strings and dicts are not sequences for matching ===
def kind(x):
    match x:
        case [*items]:
            return f"sequence of {len(items)}"
        case str():
            return "string"
        case _:
            return "other"

print(kind("abc"), kind([1, 2]), kind((1,)), kind({"a": 1}), kind(range(3)), kind(b"xy"))

# === Nested sequence patterns ===
def shape(p):
    match p:
        case [(x1, y1), (x2, y2)]:
            return f"segment len^2={(x2 - x1) ** 2 + (y2 - y1) ** 2}"
        case [(x, y), *others] if len(others) >= 2:
            return f"polygon with {len(others) + 1} points starting at {x},{y}"
        case [*_]:
            return "degenerate"

print(shape([(0, 0), (3, 4)]), "|", shape([(1, 1), (2, 2), (3, 1)]), "|", shape([(5, 5)]))

# === Star in the middle collects a list ===
match (1, 2, 3, 4, 5):
    case (a, *mid, b):
        print(a, mid, b, type(mid).__name__)
match [1, 2]:
    case [a, b, *rest]:
        print(a, b, rest)

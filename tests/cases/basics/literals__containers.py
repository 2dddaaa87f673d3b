# Container display syntax.

# === Lists ===
print([], [1], [1, 2,], [[1, 2], [3]], [1, "two", 3.0, None, [4]], list())

# === Tuples: the comma makes the tuple ===
t1 = 1,
t2 = (1)
t3 = ()
t4 = 1, 2, 3
print(t1, t2, t3, t4, (1, 2,), ((1, 2),), type(t1).__name__, type(t2).__name__)

# === Dicts ===
print({}, {"a": 1}, {"a": 1, "b": [1, 2],}, {1: "int", "1": "str", (1,): "tuple", None: "none"})
print({"dup": 1, "dup": 2}, dict())

# === Sets ===
print({1}, sorted({3, 2, 1}), {1, 1, 1}, set(), {(1, 2), (1, 2)}, type({}).__name__)

# === Nested and mixed displays ===
config = {
    "servers": [
        {"host": "a", "ports": (80, 443)},
        {"host": "b", "ports": (22,)},
    ],
    "flags": {1, 2},
    "empty": [[], {}, ()],
}
print(config)
print(config["servers"][0]["ports"][1], len(config["empty"]), config["servers"][-1]["host"])

# === Expressions inside displays ===
x = 4
print([x, x * 2, x ** 2], (x > 3, x < 3), {x: x + 1, x + 1: x}, sorted({x % 3, x % 2}))

# === Multiline literals with comments ===
matrix = [
    [1, 0, 0],  # row 0
    [0, 1, 0],  # row 1
    [0, 0, 1],  # row 2
]
print(matrix, sum(map(sum, matrix)))

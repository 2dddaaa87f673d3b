# frozenset() constructor and behaviour.

# === Construction ===
print(frozenset(), sorted(frozenset([3, 1, 2, 3])), frozenset(range(4)), frozenset({5: "a", 6: "b"}))
print(sorted(frozenset("hello")), len(frozenset("mississippi")))

# === Comparisons with sets ===
fs = frozenset([1, 2, 3])
print(fs == {1, 2, 3}, fs <= {1, 2, 3, 4}, fs < fs, fs.isdisjoint([4, 5]), 2 in fs)

# === Operations preserve the type of the left operand ===
print(type(fs | {4}).__name__, type({4} | fs).__name__, sorted(fs & {2, 3, 9}), sorted(fs ^ {3, 4}))
print(sorted(fs.union([7])), sorted(fs.difference([1])), fs.issubset(range(10)))

# === Immutable and hashable ===
try:
    fs.add(4)
except AttributeError:
    print("AttributeError: frozenset has no add")
nested = {frozenset([1, 2]), frozenset([2, 1]), frozenset()}
print(len(nested), frozenset() in nested)

# === frozenset of a frozenset returns an equal object ===
print(frozenset(fs) == fs, fs.copy() == fs)

# === Graph edges as frozensets ===
edges = [("a", "b"), ("b", "a"), ("b", "c"), ("c", "b"), ("a", "c")]
unique = {frozenset(e) for e in edges}
print(len(unique), sorted(sorted(e) for e in unique))
degree = {}
for e in unique:
    for node in e:
        degree[node] = degree.get(node, 0) + 1
print(sorted(degree.items()))

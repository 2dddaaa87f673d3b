# frozenset is immutable and hashable.

fs = frozenset([3, 1, 2, 3])
print(fs == {1, 2, 3}, len(fs), 2 in fs, sorted(fs))

# === Immutable: no add ===
print(hasattr(fs, "add"), hasattr(set(), "add"))

# === Operations return frozensets ===
r = fs | {4}
print(type(r).__name__, sorted(r))
print(type({4} | fs).__name__)
print(type(fs & {1}).__name__, sorted(fs - {1}))

# === As dict keys and set elements ===
edges = {frozenset({1, 2}): "a-b", frozenset({2, 3}): "b-c"}
print(edges[frozenset({2, 1})])
print(frozenset({3, 2}) in edges)
groups = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(groups))

# === Power set ===
def power_set(items):
    result = [frozenset()]
    for x in items:
        result += [s | {x} for s in result]
    return result

ps = power_set([1, 2, 3])
print(len(ps), sorted(sorted(s) for s in ps))

# === Deduplicating unordered pairs ===
pairs = [(1, 2), (2, 1), (3, 4), (4, 3), (1, 3)]
unique = []
seen = set()
for p in pairs:
    key = frozenset(p)
    if key not in seen:
        seen.add(key)
        unique.append(p)
print(unique)
print(frozenset() == set(), frozenset("aab") == frozenset("ba"))

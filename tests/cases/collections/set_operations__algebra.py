# Set algebra on small ints (printed via sorted for clarity).

a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}

# === Operators ===
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))

# === Method forms accept any iterable ===
print(sorted(a.union([10, 11])), sorted(a.intersection(range(3, 10))), sorted(a.difference((1, 2))))
print(sorted(a.symmetric_difference([5, 6])), sorted(a.union(b, [0])))

# === Subset / superset / disjoint ===
small = {2, 3}
print(small <= a, small < a, a <= a, a < a, a >= small, a > small)
print(small.issubset(a), a.issuperset(small), a.isdisjoint({9, 10}), a.isdisjoint(b))

# === Equality ignores order ===
print({3, 1, 2} == {1, 2, 3}, {1, 2} != {1, 2, 3}, set() == frozenset())

# === Practical use: comparing two rosters ===
monday = {"ann", "bob", "cid", "dan"}
tuesday = {"bob", "dan", "eve"}
print("both:", sorted(monday & tuesday))
print("only monday:", sorted(monday - tuesday))
print("either:", sorted(monday | tuesday))
print("exactly one:", sorted(monday ^ tuesday))

# === Primes with a set sieve ===
limit = 50
composites = {m for n in range(2, 8) for m in range(n * n, limit + 1, n)}
print(sorted(set(range(2, limit + 1)) - composites))

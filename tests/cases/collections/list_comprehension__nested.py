# List comprehensions: filters, nesting, and order of clauses.

# === Basic map/filter ===
print([x * x for x in range(10) if x % 3 == 0])
print([c.upper() for c in "hello" if c != "l"])

# === Multiple for clauses read left to right ===
print([(x, y) for x in range(3) for y in range(x)])
print([a + b for a in "ab" for b in "xyz"])

# === Flattening ===
matrix = [[1, 2, 3], [4, 5], [6]]
print([n for row in matrix for n in row])

# === Nested comprehension builds a matrix ===
identity = [[1 if i == j else 0 for j in range(4)] for i in range(4)]
for row in identity:
    print(row)

# === Transpose ===
m = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in m] for i in range(3)])

# === Multiple conditions ===
print([n for n in range(50) if n % 2 if n % 3 if n % 5])

# === Pythagorean triples ===
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)

# === Comprehension with walrus to reuse computation ===
data = [4, 9, 16, 25, 30]
print([(x, r) for x in data if (r := int(x ** 0.5)) ** 2 == x])

# === Conditional expression in element ===
print([x if x > 0 else 0 for x in [-2, 3, -1, 5]])

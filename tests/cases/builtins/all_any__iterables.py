# all() and any() on many kinds of iterables.

# === Empty iterables ===
print(all([]), any([]), all(()), any(""), all({}), any(set()))

# === Truthiness of items ===
print(all([1, "a", [0]]), all([1, 0, 2]), any([0, "", None, [], 5]), any([0, "", None]))

# === Strings, dicts, ranges ===
print(all("abc"), any({"": 1}), all({0: "x"}), any(range(0)), all(range(1, 5)), any(range(3)))

# === Generators stop as soon as the result is known ===
def numbers():
    for n in [2, 4, 5, 6, 8]:
        print("  yielding", n)
        yield n

print(all(n % 2 == 0 for n in numbers()))
print(any(n > 3 for n in numbers()))

# === Validation examples ===
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(all(len(row) == 3 for row in grid), any(9 in row for row in grid))
print(all(row == sorted(row) for row in grid))

words = ["alpha", "beta", "gamma"]
print(all(w.islower() for w in words), any(w.startswith("g") for w in words))
print(all(isinstance(w, str) for w in words + [1]))

# === Nested any/all ===
matrix = [[0, 0], [0, 1], [0, 0]]
print(any(any(row) for row in matrix), all(any(row) for row in matrix))
print(not any(matrix[0]), all(not v for v in matrix[2]))

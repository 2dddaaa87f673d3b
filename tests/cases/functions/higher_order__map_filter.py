# map and filter.

nums = [1, -2, 3, -4, 5, 0]

# === map with functions, builtins and lambdas ===
print(list(map(abs, nums)))
print(list(map(str, nums)))
print(list(map(lambda x: x * x, nums)))

# === map with multiple iterables stops at shortest ===
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(map(pow, [2, 3, 4], [3, 2, 1])))
print(list(map(max, [1, 9, 3], [4, 2, 6], [0, 0, 7])))

# === filter with None removes falsy values ===
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, True])))
print(list(filter(lambda x: x > 0, nums)))
print(list(filter(str.isupper, "aBcDeF")))

# === map and filter are lazy iterators ===
m = map(lambda x: x * 2, range(3))
print(next(m), list(m), list(m))
f = filter(lambda x: x % 2, range(10))
print(next(f), next(f), list(f))

# === Chaining ===
words = ["apple", "Banana", "cherry", "date", "Elderberry"]
print(list(map(str.upper, filter(lambda w: len(w) > 4, words))))
print(sum(map(len, words)))
print(list(map(len, map(str.strip, ["  a ", "bb  ", " ccc"]))))

# === map with methods and dict lookups ===
prices = {"a": 1.5, "b": 2.0, "c": 0.25}
print(list(map(prices.get, ["a", "c", "z"])))
print(list(map(str.split, ["a b", "c d e"])))

# === Equivalent comprehensions ===
print(list(map(lambda x: x + 1, filter(lambda x: x % 3 == 0, range(15)))) == [x + 1 for x in range(15) if x % 3 == 0])

# Equal numbers collapse as dict keys and set members.

# === dict keys ===
d = {}
d[1] = "a"
d[1.0] = "b"
d[True] = "c"
print(d)
d2 = {True: "x", 1: "y", 1.0: "z"}
print(d2)
print({0: "zero"}[False], {0.0: "f"}[0])

# === sets ===
s = {1, 1.0, True}
print(s, len(s))
s2 = {False, 0, 0.0, -0.0}
print(s2, len(s2))
print({2, 2.0} == {2}, 1.5 in {1, 2})

# === Counting distinct values ===
values = [1, 1.0, 2, 2.0, 3, True, 0, False]
distinct = []
for v in values:
    if v not in distinct:
        distinct.append(v)
print(distinct)

# === Containers compare element-wise ===
print([1, 2] == [1.0, 2.0], (1, 2) == [1, 2], [1] == (1,))
print({"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
print("1" == 1, b"a" == "a", None == 0)
print([[1, 2], [3]] == [[1, 2], [3]], [[1, 2]] == [[2, 1]])

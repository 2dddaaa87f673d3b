# Chained, tuple and swap assignments.

# === Chained assignment shares the object ===
a = b = c = 0
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)

# === Tuple assignment and swap ===
p, q = 1, 2
p, q = q, p
print(p, q)
a, b, c = "xyz"
print(a, b, c)
(m, n), o = (1, 2), 3
print(m, n, o)
[r, s] = [10, 20]
print(r, s)

# === Evaluation order: right side first ===
i = 0
lst = [0, 0, 0]
i, lst[i] = 1, 5
print(i, lst)

# === Rotation ===
a, b, c = 1, 2, 3
a, b, c = b, c, a
print(a, b, c)

# === Fibonacci with tuple assignment ===
f0, f1 = 0, 1
seq = []
for _ in range(10):
    seq.append(f0)
    f0, f1 = f1, f0 + f1
print(seq)

# === Starred assignment ===
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
head, *rest = [1]
print(head, rest)

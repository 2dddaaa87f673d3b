# Matrix operations with nested lists.

A = [[1, 2, 3],
     [4, 5, 6]]
B = [[7, 8],
     [9, 10],
     [11, 12]]

# === Transpose with zip(*) ===
print([list(row) for row in zip(*A)])

# === Multiplication ===
def matmul(x, y):
    return [[sum(a * b for a, b in zip(row, col)) for col in zip(*y)] for row in x]

print(matmul(A, B))
print(matmul(B, A))

# === Identity and power ===
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]

def matpow(m, k):
    result = identity(len(m))
    while k:
        if k & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        k >>= 1
    return result

fib = [[1, 1], [1, 0]]
print(matpow(fib, 10), matpow(fib, 50)[0][1])

# === Rotate 90 degrees clockwise ===
square = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
rotated = [list(row) for row in zip(*square[::-1])]
for row in rotated:
    print(" ".join(f"{v:2}" for v in row))

# === Row/column sums and diagonal ===
print([sum(r) for r in square], [sum(c) for c in zip(*square)])
print(sum(square[i][i] for i in range(3)), sum(square[i][2 - i] for i in range(3)))

# === Spiral order ===
def spiral(m):
    out = []
    m = [row[:] for row in m]
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out

print(spiral(square), spiral([[1, 2, 3, 4], [5, 6, 7, 8]]))

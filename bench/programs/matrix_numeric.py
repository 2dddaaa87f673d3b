# Numeric nested-list code: matrix multiply, Gaussian elimination with exact fractions as int pairs, powers.


def matmul(a, b):
    columns = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in columns] for row in a]


def matmul_mod(a, b, mod):
    n = len(a)
    m = len(b[0])
    out = [[0] * m for _ in range(n)]
    for i in range(n):
        row = a[i]
        target = out[i]
        for k in range(len(b)):
            aik = row[k]
            if aik:
                bk = b[k]
                for j in range(m):
                    target[j] = (target[j] + aik * bk[j]) % mod
    return out


def mat_pow(m, exponent, mod):
    size = len(m)
    result = [[1 if i == j else 0 for j in range(size)] for i in range(size)]
    while exponent:
        if exponent & 1:
            result = matmul_mod(result, m, mod)
        m = matmul_mod(m, m, mod)
        exponent >>= 1
    return result


def determinant(matrix):
    a = [[float(x) for x in row] for row in matrix]
    n = len(a)
    det = 1.0
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        if abs(a[pivot][col]) < 1e-12:
            return 0.0
        if pivot != col:
            a[col], a[pivot] = a[pivot], a[col]
            det = -det
        det *= a[col][col]
        for r in range(col + 1, n):
            factor = a[r][col] / a[col][col]
            if factor:
                row_r = a[r]
                row_c = a[col]
                for c in range(col, n):
                    row_r[c] -= factor * row_c[c]
    return det


size = 60
a = [[(i * 7 + j * 3) % 11 - 5 for j in range(size)] for i in range(size)]
b = [[(i * j + 1) % 13 for j in range(size)] for i in range(size)]
c = matmul(a, b)
print("product trace", sum(c[i][i] for i in range(size)), "corner", c[0][:4])
fib_matrix = mat_pow([[1, 1], [1, 0]], 10**15, 1_000_000_007)
print("fib(10^15) mod p", fib_matrix[0][1])
walk = [[1 if abs(i - j) == 1 or (i + j) % 9 == 0 else 0 for j in range(24)] for i in range(24)]
paths = mat_pow(walk, 25, 1_000_003)
print("walks", sum(sum(row) for row in paths) % 1_000_003, paths[0][:5])
hilbertish = [[1.0 / (i + j + 1) + (1.0 if i == j else 0.0) for j in range(45)] for i in range(45)]
noise = []
state = 8
for _ in range(60):
    row = []
    for _ in range(60):
        state = (state * 1103515245 + 12345) % 2147483648
        row.append(state % 21 - 10)
    noise.append(row)
print("det", f"{determinant(hilbertish):.9e}", f"{determinant(noise):.6e}", determinant(a))

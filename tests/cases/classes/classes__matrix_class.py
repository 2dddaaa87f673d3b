# A Matrix class with operators, indexing and equality.

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.shape = (len(self.rows), len(self.rows[0]) if self.rows else 0)

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __getitem__(self, pos):
        r, c = pos
        return self.rows[r][c]

    def __setitem__(self, pos, value):
        r, c = pos
        self.rows[r][c] = value

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __mul__(self, k):
        return Matrix([[v * k for v in row] for row in self.rows])
    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def transpose(self):
        return Matrix(zip(*self.rows))

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"

    def __str__(self):
        w = max(len(str(v)) for row in self.rows for v in row)
        return "\n".join(" ".join(str(v).rjust(w) for v in row) for row in self.rows)

m = Matrix([[1, 2], [3, 4]])
print(m @ Matrix.identity(2) == m, m.shape, m[1, 0])
print(m + m, 3 * m, m * 2 == m + m)
print(m @ m)
print(m.transpose(), Matrix([[1, 2, 3]]).transpose().shape)
m[0, 0] = 100
print(m)
print(Matrix([[1, 2, 3], [4, 5, 6]]) @ Matrix([[1], [0], [-1]]))

# complex numbers: literals, arithmetic, attributes.

# === Literals ===
z = 3 + 4j
print(z, type(z), z.real, z.imag, 1j, -2j, 0j)
print(complex(1, 2), complex(3), complex("1+2j"))

# === Arithmetic ===
w = 1 - 2j
print(z + w, z - w, z * w, z * 1j, 1j * 1j)
print(z.conjugate(), abs(z), abs(3 - 4j))
print(z == complex(3, 4), z != w)
print((1 + 2j) ** 2, 2 * z, z / 1)

# === Mixing with ints and floats ===
print(1 + 1j + 1.5, (2 + 0j) == 2, 0j == 0)
print(bool(0j), bool(1j))

# === repr formats ===
for c in [1 + 1j, -1 - 1j, 2j, complex(0, -0.5), complex(1.5, 0)]:
    print(repr(c))

# === Roots of a quadratic with negative discriminant ===
def roots(a, b, c):
    d = b * b - 4 * a * c
    sq = d ** 0.5 if d >= 0 else complex(0, (-d) ** 0.5)
    return (-b + sq) / (2 * a), (-b - sq) / (2 * a)

print(roots(1, -3, 2))
print(roots(1, 2, 5))

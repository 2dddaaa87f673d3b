# Exact comparisons between ints and floats.

# === Large integers vs floats ===
big = 2 ** 53
print(float(big) == big, float(big + 1) == big + 1, float(big + 1) == big, big + 1 > float(big))
print(10 ** 20 == 1e20, 10 ** 23 == 1e23, int(1e23))

# === Equality across numeric types ===
print(1 == 1.0, 0.5 == 1 / 2, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(-0.0 == 0, -0.0 == 0.0, 1 == True, 0.0 == False)

# === Tolerant comparison helper ===
def close(a, b, rel=1e-9, abs_tol=0.0):
    return abs(a - b) <= max(rel * max(abs(a), abs(b)), abs_tol)

print(close(0.1 + 0.2, 0.3), close(1e10, 1e10 + 1), close(1e-12, 0, abs_tol=1e-9), close(1.0, 1.1))

# === Sorting mixes ints and floats correctly ===
vals = [3, 2.5, -1, 2 ** 60, 1e18, 0.0, -0.5, True]
print(sorted(vals))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))

# === Integer-valued floats ===
for f in [3.0, -2.0, 1e16, 2.5]:
    print(f, f.is_integer(), int(f) == f)

# === Float precision limits ===
print(0.1 * 3, 1 - 0.9, 1e16 + 1 == 1e16, 2.0 ** 0.5 * 2.0 ** 0.5 == 2.0)
print(sum([0.5, 0.25, 0.125, 0.0625]) == 0.9375)

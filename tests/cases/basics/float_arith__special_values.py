# inf and nan behaviour.

inf = float("inf")
nan = float("nan")

# === Infinity ===
print(inf, -inf, inf > 10 ** 300, -inf < -10 ** 300)
print(inf + 1, inf * 2, inf - inf == inf)
print(1 / inf, -1 / inf)
print(float("-Infinity"), float("INF"))

# === NaN never equals itself ===
print(nan == nan, nan != nan, nan < 1, nan > 1)
print(nan is nan, [nan] == [nan])
x = inf - inf
print(x, x == x)

# === min/max with special values ===
print(max(1.0, inf), min(-inf, 0))

# === Checks without math module ===
def is_nan(v):
    return v != v

def is_inf(v):
    return v in (inf, -inf)

for v in [1.0, inf, -inf, nan, 0.0]:
    print(repr(v), is_nan(v), is_inf(v))

# === Overflow to inf in multiplication ===
print(1e308 * 10, -1e308 * 10)
print(int(1e18), int(-2.9), int(2.9))

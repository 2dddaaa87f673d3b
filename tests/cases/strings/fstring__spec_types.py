# Format spec presentation types.

# === Integer types ===
n = 300
print(f"{n:d} {n:b} {n:o} {n:x} {n:X} {65:c} {n:e} {n:f} {n:g} {n:%}")
print(f"{True:d} {False:b} {True}")

# === Float types ===
for v in [1234.5678, 0.000012345, 1e20, -0.5, 100.0]:
    print(f"{v:e}|{v:E}|{v:f}|{v:F}|{v:g}|{v:G}|{v:.3g}|{v:#g}")

# === g switches notation by exponent ===
for exp in range(-6, 8, 2):
    v = 1.5 * 10 ** exp
    print(exp, f"{v:g}", f"{v:.2g}")

# === Special float values ===
inf = float("inf")
nan = float("nan")
print(f"{inf:f} {-inf:F} {nan:f} {nan:F} {inf:e} {inf:>6} {nan:+}")

# === Strings with s ===
print(f"[{'abc':s}] [{'abc':>5s}] [{'abc':.2s}]")

# === No type: general behaviour ===
print(f"{1.0:} {1e16:} {0.1:} {12:} {1.5:.3}")
print(f"{100.0:.2} {123.456:.4} {123.456:.2}")

# === Character table ===
print(" ".join(f"{c:c}" for c in range(0x41, 0x4B)))
print(" ".join(f"{c:02x}" for c in b"edge"))

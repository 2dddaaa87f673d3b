# Nested replacement fields inside format specs.

# === Dynamic width and precision ===
value = 3.14159265
for width in (6, 10):
    for prec in (1, 3):
        print(f"[{value:{width}.{prec}f}]")

# === Dynamic alignment and fill ===
for align in "<^>":
    for fill in "*-":
        print(f"[{'mid':{fill}{align}9}]")

# === Dynamic type ===
for t in "bxod":
    print(f"{255:{t}}", end=" ")
print()

# === Column widths computed from data ===
records = [("alpha", 1.5), ("be", 22.25), ("gammadelta", 333.125)]
w = max(len(name) for name, _ in records)
for name, val in records:
    print(f"{name:<{w}} : {val:>{w}.2f}")

# === Spec stored in a variable ===
spec = ">+10.3f"
print(f"[{2.5:{spec}}]", f"[{-2.5:{spec}}]")
print(format(2.5, spec))

# === Nested f-strings with different quotes ===
unit = "kg"
print(f"{f'{12.5:.1f}':>8}{unit}")
print(f"{'|'.join(f'{i:02}' for i in range(4))}")

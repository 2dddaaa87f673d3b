# Format spec: fill, align, width.

word = "cat"
n = 42

# === Alignment with default fill ===
print(f"[{word:<8}]", f"[{word:>8}]", f"[{word:^8}]", f"[{word:8}]")
print(f"[{n:<8}]", f"[{n:>8}]", f"[{n:^8}]", f"[{n:8}]")

# === Custom fill characters ===
print(f"[{word:*<8}]", f"[{word:->8}]", f"[{word:.^9}]", f"[{n:0>6}]", f"[{n:#^7}]")

# === '=' alignment puts padding after the sign ===
print(f"[{-n:=8}]", f"[{n:=+8}]", f"[{-3.5:0=10.2f}]", f"[{-n:*=8}]")

# === Width smaller than content ===
print(f"[{'elephant':3}]", f"[{123456:2}]")

# === Precision truncates strings ===
print(f"[{'elephant':.3}]", f"[{'elephant':>6.2}]", f"[{'ab':.5}]")

# === Table of aligned columns ===
rows = [("Widget", 4, 3.5), ("Gadget", 10, 12.25), ("Thingamajig", 1, 100.0)]
print(f"{'Item':<12}|{'Qty':>4}|{'Price':>8}")
for item, qty, price in rows:
    print(f"{item:<12}|{qty:>4}|{price:>8.2f}")
print(f"{'':-<26}")

# === Centered with odd padding ===
for w in range(3, 8):
    print(f"|{'ab':^{w}}|")

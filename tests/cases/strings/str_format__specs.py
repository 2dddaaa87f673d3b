# str.format and format() with spec mini-language.

# === Same specs as f-strings ===
print("{:>10}|{:<10}|{:^10}".format("r", "l", "c"))
print("{:*^11}".format(" mid "))
print("{:08.3f}|{:+,d}|{:#x}|{:%}".format(3.14159, 1234567, 255, 0.25))
print("{0:b} {0:o} {0:x} {0:X} {0:#b}".format(42))

# === Nested fields in specs ===
print("{:{}}|".format("ab", 6))
print("{:{w}.{p}f}|".format(3.14159, w=10, p=2))
print("{0:{fill}{align}{width}}".format("x", fill="~", align="^", width=7))

# === format() builtin ===
print(format(3.5), format(3.5, ".3f"), format(1234, ","), format("hi", "^6"), format(5, "03"))
print(repr(format(12, "")), format(True), format(None), format([1, 2]))

# === Receipt ===
items = [("Coffee", 2, 3.5), ("Bagel", 1, 2.25), ("Juice", 3, 4.0)]
line = "{:<10}{:>4}{:>9}"
print(line.format("Item", "Qty", "Total"))
for name, qty, price in items:
    print(line.format(name, qty, "{:.2f}".format(qty * price)))
subtotal = sum(q * p for _, q, p in items)
tax = subtotal * 0.08
print("{:<14}{:>9.2f}".format("Subtotal", subtotal))
print("{:<14}{:>9.2f}".format("Tax", tax))
print("{:<14}{:>9.2f}".format("Total", subtotal + tax))

# printf-style % formatting.

# === Single values and tuples ===
print("Hello, %s!" % "world")
print("%s is %d years old" % ("Bob", 42))
print("%d%%" % 50)
print("%s %r" % ("text", "text"))
print("%s" % [1, 2], "%s" % (None,), "%s" % ((1, 2),))

# === Numeric conversions ===
print("%d %i %u" % (3.9, -3.9, 7))
print("%f %.2f %.0f %e %.3E %g %G" % (3.14159, 3.14159, 2.5, 12345.678, 0.00012, 1e-5, 1e20))
print("%x %X %o %#x %#o %#X" % (255, 255, 8, 255, 8, 255))
print("%c%c%c" % (72, "i", 33))

# === Mapping keys ===
info = {"name": "Ann", "score": 93.456}
print("%(name)s scored %(score).1f" % info)
print("%(name)r %(name)s" % info)

# === Formatting a report ===
rows = [("apples", 3, 1.2), ("pears", 12, 0.75)]
for name, qty, price in rows:
    print("%-10s|%5d|%8.2f" % (name, qty, price))
print("%s" % "end")

# Edge cases of % formatting with tuples and dicts.

# === A tuple as the single argument must be wrapped ===
t = (1, 2)
print("value: %s" % (t,))
print("values: %s and %s" % t)
try:
    print("value: %s" % t)
except TypeError as e:
    print("TypeError:", e)

# === Too few arguments ===
try:
    print("%s %s" % ("only",))
except TypeError as e:
    print("TypeError:", e)

# === Wrong type for %d ===
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)

# === Dict-only formatting ignores extra keys ===
print("%(a)s" % {"a": 1, "b": 2})
print("%s" % {"a": 1})

# === Lists are single values ===
print("%s" % [1, 2, 3])

# === Rounding in %f uses round-half-even on the binary value ===
print("%.1f %.1f %.1f %.2f" % (0.25, 0.35, 2.5, 1.005))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5))

# === %s calls str(), %r calls repr(), %a calls ascii() ===
print("%s|%r|%a" % ("é", "é", "é"))
print("%5.1s|" % "xyz")

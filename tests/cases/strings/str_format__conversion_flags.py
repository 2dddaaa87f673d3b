# Conversion flags !r !s !a in str.format and f-strings.

class Temp:
    def __init__(self, deg):
        self.deg = deg
    def __repr__(self):
        return f"Temp({self.deg!r})"
    def __str__(self):
        return f"{self.deg}°C"

t = Temp(21.5)

# === str.format conversions ===
print("{0} | {0!s} | {0!r} | {0!a}".format(t))
print("{!r:>15}|{!s:<10}|".format(t, t))
print("{0!r} {0!s}".format("quote's"))

# === f-string conversions ===
print(f"{t} | {t!r} | {t!a} | {t!s:*^12}")
label = "naïve"
print(f"{label!a} {label!r} {label!s}")

# === Containers use repr of elements ===
temps = [Temp(1), Temp(2.5)]
print(temps, str(temps), f"{temps}")
print({"now": t})
print((t,))

# === str() and repr() of built-ins ===
for v in ["text", 1.0, None, True, b"b", (1,), [1, "a"], {"k": "v"}]:
    print(f"{v!s:<12} {v!r}")

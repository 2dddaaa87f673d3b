# float() conversions from strings and numbers.

# === Valid strings ===
for s in ["3.14", "-0.5", "+2", "1e10", "1E-3", "  7.25\n", ".5", "5.", "1_000.5", "inf", "-Infinity", "nan", "-0"]:
    print(repr(s), float(s))

# === From ints, bools and other floats ===
print(float(42), float(-7), float(True), float(False), float(2 ** 60), float(), float(1.5))

# === Invalid strings ===
for s in ["", "abc", "1.2.3", "1,5", "0x10", "one"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)

# === Custom __float__ ===
class Ratio:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __float__(self):
        return self.a / self.b

print(float(Ratio(1, 4)), float(Ratio(22, 7)))

# === float methods ===
x = 2.5
print(x.is_integer(), (3.0).is_integer(), x.as_integer_ratio(), (0.75).as_integer_ratio())
print(float.fromhex("0x1.4p+1"), (10.0).hex())

# === Parsing prices from text ===
text = "coffee $3.50, bagel $2.25, juice $4"
prices = [float(tok.strip("$,")) for tok in text.split() if tok.startswith("$")]
print(prices, sum(prices), max(prices))

# Converting ints to and from strings in various bases.

# === str() and repr() ===
print(str(42), repr(-7), str(10 ** 20), str(0))

# === Manual base conversion ===
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"

def to_base(n, base):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))

for n, b in [(255, 2), (255, 16), (-255, 8), (123456, 36), (0, 7), (10, 10)]:
    s = to_base(n, b)
    print(n, b, s, int(s, b) == n)

# === Builtin formatting ===
print(format(255, "b"), format(255, "o"), format(255, "x"), format(255, "X"))
print(format(255, "#b"), format(255, "#o"), format(255, "#x"), format(-255, "#x"))
print(f"{1234567:,}", f"{1234567:_}", f"{0xdeadbeef:_x}")

# === Parsing with whitespace and signs ===
for text in ["0", "-0", " 12", "+5", "0007", "1_2_3"]:
    print(repr(text), int(text))

# === Digits of a number ===
n = 9075
print([int(d) for d in str(n)], sum(map(int, str(n))))
print(int("".join(reversed(str(n)))))

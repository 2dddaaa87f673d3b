# Numeric algorithms driven by while loops.

# === Newton's method for square roots ===
def sqrt(n, eps=1e-12):
    if n == 0:
        return 0.0
    x = n
    steps = 0
    while abs(x * x - n) > eps * n:
        x = (x + n / x) / 2
        steps += 1
    return x, steps

for n in [2, 9, 10, 1e6]:
    r, steps = sqrt(n)
    print(n, round(r, 10), steps)

# === Integer square root by Newton ===
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

print([isqrt(n) for n in [0, 1, 15, 16, 17, 10 ** 30]])

# === GCD and LCM ===
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(-12, 8))
lcm = 1
for k in range(1, 21):
    lcm = lcm * k // gcd(lcm, k)
print(lcm)

# === Digits reversed with arithmetic ===
def reverse_digits(n):
    out = 0
    while n:
        n, d = divmod(n, 10)
        out = out * 10 + d
    return out

print(reverse_digits(12345), reverse_digits(1200), reverse_digits(0))

# === Binary expansion of a fraction ===
frac, bits = 0.625, ""
while frac and len(bits) < 10:
    frac *= 2
    bits += str(int(frac))
    frac -= int(frac)
print("0." + bits)

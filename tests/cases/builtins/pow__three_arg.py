# pow() with two and three arguments.

# === Two arguments ===
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(2.5, 2), pow(9, 0.5), pow(0, 0))

# === Three-argument modular exponentiation ===
print(pow(2, 10, 1000), pow(3, 100, 7), pow(7, 0, 5), pow(10, 10 ** 18, 13))
print(pow(-3, 3, 5), pow(3, 3, -5), (-3) ** 3 % 5)

# === Modular inverse with a negative exponent ===
print(pow(3, -1, 7), pow(3, -1, 7) * 3 % 7, pow(5, -2, 13))

# === Fast exponentiation by hand agrees with pow ===
def mod_pow(base, exp, mod):
    result = 1
    base %= mod
    while exp:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result

print(all(mod_pow(b, e, m) == pow(b, e, m) for b in range(2, 9) for e in range(0, 30, 7) for m in (7, 97, 1000)))

# === Fermat primality test ===
def probably_prime(n):
    if n < 4:
        return n in (2, 3)
    return all(pow(a, n - 1, n) == 1 for a in (2, 3, 5, 7) if a < n)

print([n for n in range(2, 60) if probably_prime(n)])

# === RSA toy example ===
p, q, e = 61, 53, 17
n, phi = p * q, (p - 1) * (q - 1)
d = pow(e, -1, phi)
message = 65
cipher = pow(message, e, n)
print(n, d, cipher, pow(cipher, d, n))

# === Errors ===
for args in [(2, 3, 0), (2, -1, 4)]:
    try:
        pow(*args)
    except ValueError as e:
        print("ValueError:", e)

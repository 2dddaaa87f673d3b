# Python ints have arbitrary precision.

# === Factorial ===
def fact(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

print(fact(30))
print(len(str(fact(100))))
print(fact(25) // fact(23))

# === Fibonacci big numbers ===
a, b = 0, 1
for _ in range(150):
    a, b = b, a + b
print(a)

# === Large arithmetic ===
big = 2 ** 200
print(big)
print(big - 1)
print(big // 3, big % 3)
print(-big // 7, -big % 7)
print(big * big == 2 ** 400)

# === Digit sums ===
print(sum(int(d) for d in str(2 ** 1000)))

# === Comparisons with floats ===
print(2 ** 53 + 1 > float(2 ** 53))
print(2 ** 64 == 18446744073709551616)
print(float(2 ** 60))

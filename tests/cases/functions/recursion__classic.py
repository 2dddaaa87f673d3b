# Classic recursive functions.

def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)

def power(base, exp):
    if exp == 0:
        return 1
    half = power(base, exp // 2)
    return half * half * (base if exp % 2 else 1)

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return moves
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)
    return moves

def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for item in x:
        out.extend(flatten(item))
    return out

def binary(n):
    return str(n) if n < 2 else binary(n // 2) + str(n % 2)

# === Results ===
print([factorial(n) for n in range(8)], factorial(20))
print(gcd(1071, 462), gcd(17, 0), power(3, 13), power(2, 64))
print(hanoi(3, "A", "C", "B", []))
print(len(hanoi(10, "A", "C", "B", [])))
print(flatten([1, [2, [3, [4, [5]]]], [], [[6, 7]], 8]))
print([binary(n) for n in [0, 1, 2, 5, 10, 255]])

# === Sum of digits, recursively ===
def digit_sum(n):
    return n if n < 10 else digit_sum(sum(int(d) for d in str(n)))

print(digit_sum(987654321), digit_sum(5))

# === Ackermann for small values ===
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

print([ack(m, n) for m in range(3) for n in range(3)])

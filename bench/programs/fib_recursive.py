# Recursion: naive doubly recursive Fibonacci plus a recursive sum of digits.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def digit_sum(n):
    if n < 10:
        return n
    return n % 10 + digit_sum(n // 10)


values = [fib(n) for n in (20, 24, 27)]
print("fib", values)
print("digit sums", [digit_sum(v) for v in values])

# Products and repetitions with constant operands: 3 * n, [0] * 8, "-" * 40, (1, 2) * 3.

def scale(n):
    return 3 * n, n * 3, 2 * n * 2


print(scale(7), scale(2.5), scale(True), scale(-4))
print([0] * 8, "-" * 40, (1, 2) * 3, b"ab" * 2, [None, 1] * 0, "x" * -3)
print(3 * "ab", 2 * [1, 2], 0 * (1,))
big = 10 ** 20
print(3 * big, big * 3, 1 << 20 * 2)


class Vec:
    def __init__(self, x):
        self.x = x

    def __rmul__(self, k):
        return Vec(self.x * k)

    def __repr__(self):
        return f"Vec({self.x})"


print(3 * Vec(2), 2 * [Vec(1)])
try:
    print(3 * None)
except TypeError as error:
    print("TypeError:", error)

# === a known float on either side: native, whatever the other side is ===
f = 2.5
for other in (3, 2.0, True, [1], "ab", (1,), None, 10 ** 30, -8):
    for name, compute in (("other * f", lambda: other * f), ("f * other", lambda: f * other),
                          ("other ** f", lambda: other ** f), ("f ** other", lambda: f ** other)):
        try:
            print(name, repr(other), compute())
        except (TypeError, OverflowError) as error:
            print(name, repr(other), type(error).__name__, error)

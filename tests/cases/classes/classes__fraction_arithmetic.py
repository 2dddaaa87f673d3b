# A rational number class with full operator support.

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Frac:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("zero denominator")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num, self.den = num // g, den // g

    @staticmethod
    def _coerce(x):
        return x if isinstance(x, Frac) else Frac(x)

    def __add__(self, o):
        o = self._coerce(o)
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__

    def __sub__(self, o):
        return self + (-self._coerce(o))
    def __rsub__(self, o):
        return self._coerce(o) - self
    def __neg__(self):
        return Frac(-self.num, self.den)
    def __mul__(self, o):
        o = self._coerce(o)
        return Frac(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        return Frac(self.num * o.den, self.den * o.num)
    def __eq__(self, o):
        o = self._coerce(o)
        return (self.num, self.den) == (o.num, o.den)
    def __lt__(self, o):
        o = self._coerce(o)
        return self.num * o.den < o.num * self.den
    def __float__(self):
        return self.num / self.den
    def __repr__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else f"{self.num}"

half, third = Frac(1, 2), Frac(1, 3)
print(half + third, half - third, half * third, half / third, -half, 1 - half, 2 * third)
print(Frac(6, -8), Frac(0, 5), half == Frac(2, 4), half == 0.5, third < half, float(third))
h = sum(Frac(1, n) for n in range(1, 8))
print(h, sorted([Frac(3, 4), Frac(1, 8), half]), max(half, third))

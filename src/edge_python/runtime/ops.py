"""Operators that can amplify: ``+ * ** << %`` and their in-place forms, ``in`` on ranges, ``*x``.

Guarded code calls these only when a cheap inline type test could not prove the operation safe
(numbers, and the program's own classes for ``+``, are; see ``compiler/guards.py``). Each one
computes the size of the result from the operands' sizes and refuses, through the meter, what
would not fit: ``'x' * 10**10``, ``9 ** 9 ** 9``, ``1 << 10**9``, ``s = s + s`` doubled forty
times, ``'%*d' % (10**9, 1)``. Ints are held to ``Limits.int_digits``; everything else to
``Limits.memory``. One ``Operators`` exists per run; its bound methods are what guarded code calls.
"""

from __future__ import annotations

import functools
import math
import operator
from builtins import len as _len  # for operands of exact builtin types

from . import bounded, context
from .bounded import true_len as len  # sizes come from the builtin base, not a program __len__
from .hooks import hooks
from .percent import percent_format

_SEQUENCES = (str, bytes, list, tuple)
_ITEM = {str: 1, bytes: 1, list: bounded.ITEM_BYTES, tuple: bounded.ITEM_BYTES}
_LOG2_10 = 3.3219280948873626
_NUMBERS = (int, bool, float, complex)


@functools.lru_cache(maxsize=8)
def _bounds(bits: int):
    top = 1 << bits
    return -top, top


def _unit(seq) -> int:
    unit = _ITEM.get(type(seq))
    if unit is None:
        for base in _SEQUENCES:
            if isinstance(seq, base):
                unit = _ITEM[base]
                break
    if unit == 1 and not isinstance(seq, bytes) and not seq.isascii():
        unit = 4
    return unit


def _builtin_sequence(obj, method: str) -> bool:
    """True when ``obj`` is a str/bytes/list/tuple whose ``method`` is the builtin one."""
    cls = type(obj)
    if cls in _ITEM:
        return True
    if cls in _NUMBERS or not isinstance(obj, _SEQUENCES):
        return False
    for base in _SEQUENCES:
        if isinstance(obj, base):
            return getattr(cls, method) is getattr(base, method)
    return False


class Operators:
    """The checked operators of one run."""

    __slots__ = ("meter", "max_bits", "digits")

    def __init__(self, meter, int_digits: int | None) -> None:
        self.meter = meter
        self.digits = int_digits
        self.max_bits = None if int_digits is None else int(int_digits * _LOG2_10) + 1

    def bound(self):
        """(lowest, highest) an int may be: products outside are refused by ``big``."""
        if self.max_bits is None:
            return -math.inf, math.inf
        return _bounds(self.max_bits)

    def factor_bound(self):
        """(lowest, highest) two factors may be for their product to be within ``bound``."""
        if self.max_bits is None:
            return -math.inf, math.inf
        return _bounds(self.max_bits // 2)

    def big(self, value):
        if type(value) is float:  # an overflow to inf, or nan: not an int growing
            return value
        raise self.int_too_big()

    def check_bits(self, bits: int) -> None:
        if self.max_bits is not None and bits > self.max_bits:
            raise self.int_too_big()

    def int_too_big(self) -> BaseException:
        return self.meter.stop("MemoryError", f"integer result would exceed {self.digits} digits")

    def check_repeat(self, seq, count) -> int:
        count = operator.index(count)
        if count > 1:
            self.meter.check_size(len(seq) * count * _unit(seq))
        return count

    def add(self, a, b):
        cls = type(a)
        if cls is type(b) and (cls is str or cls is tuple or cls is list) \
                and _len(a) + _len(b) <= 512:  # the common case: small, of one builtin type
            return a + b
        if _builtin_sequence(a, "__add__") and isinstance(b, _SEQUENCES):
            nbytes = (len(a) + len(b)) * max(_unit(a), _unit(b) if b else 1)
            if nbytes > 4096:  # the copy is C-speed work, but sum(lists, []) repeats it
                self.meter.check_size(nbytes)
                self.meter.charge(nbytes >> 4)
        return a + b

    def iadd(self, a, b):
        cls = type(a)
        if cls is list or (isinstance(a, list) and cls.__iadd__ is list.__iadd__):
            if type(b) in _ITEM or isinstance(b, dict):
                self.meter.check_size((len(a) + len(b)) * bounded.ITEM_BYTES)
            else:
                b = bounded.iterate(b)
            a += b
            return a
        if _builtin_sequence(a, "__add__") and isinstance(b, _SEQUENCES):
            return self.add(a, b)
        a += b
        return a

    def mul(self, a, b):
        ta, tb = type(a), type(b)
        if ta is int and tb is int:
            limit = self.max_bits
            if limit is not None and a.bit_length() + b.bit_length() > limit:
                raise self.int_too_big()
            return a * b
        if ta is float or tb is float:
            return a * b
        if _builtin_sequence(a, "__mul__") and hasattr(tb, "__index__"):
            return a * self.check_repeat(a, b)
        if _builtin_sequence(b, "__rmul__") and hasattr(ta, "__index__"):
            return self.check_repeat(b, a) * b
        return a * b

    def imul(self, a, b):
        if _builtin_sequence(a, "__mul__") and hasattr(type(b), "__index__"):
            b = self.check_repeat(a, b)
        elif type(a) is int and type(b) is int:
            return self.mul(a, b)
        a *= b
        return a

    def power(self, a, b, modulus=None):
        if modulus is None and type(a) in (int, bool) and type(b) in (int, bool) and b > 1:
            limit = self.max_bits
            if limit is not None and a not in (0, 1, -1) and math.log2(abs(a)) * b > limit:
                raise self.int_too_big()
        if modulus is None:
            return a ** b
        if type(b) is int and type(modulus) is int and b > 0:
            # square-and-multiply: per exponent bit a product and a schoolbook reduction, both
            # quadratic in the modulus's 30-bit digits (a 4000-digit modulus takes seconds)
            digits = modulus.bit_length() // 30
            self.meter.charge(b.bit_length() * (4 + digits * digits // 16))
        return pow(a, b, modulus)

    def ipow(self, a, b):
        if type(a) in _NUMBERS and type(b) in _NUMBERS:
            return self.power(a, b)
        a **= b
        return a

    def lshift(self, a, b):
        if type(a) in (int, bool) and type(b) in (int, bool) and a and b > 0:
            limit = self.max_bits
            if limit is not None and a.bit_length() + b > limit:
                raise self.int_too_big()
        return a << b

    def ilshift(self, a, b):
        if type(a) in (int, bool) and type(b) in (int, bool):
            return self.lshift(a, b)
        a <<= b
        return a

    def mod(self, a, b):
        if type(a) is str or (isinstance(a, (str, bytes))
                              and type(a).__mod__ in (str.__mod__, bytes.__mod__)):
            return percent_format(a, b, hooks())
        return a % b

    def imod(self, a, b):
        if isinstance(a, (str, bytes)):
            return self.mod(a, b)
        a %= b
        return a


def _ordered_set(result, a, b):
    """A host ``set`` made by a dict view, as an insertion-ordered set (a's order, then b's)."""
    from .sets import Set
    ordered = Set()
    for source in (a, b):
        try:
            for item in source:
                if item in result:
                    Set.add(ordered, item)
        except TypeError:
            pass
    return ordered


def _set_like(op):
    def apply(a, b):
        result = op(a, b)
        if type(result) is set:
            return _ordered_set(result, a, b)
        return result
    return apply


sub = _set_like(operator.sub)
or_ = _set_like(operator.or_)
and_ = _set_like(operator.and_)
xor = _set_like(operator.xor)


def current() -> Operators:
    """The active run's operators, for runtime code not called from guarded code."""
    run = context.current()
    found = getattr(run, "ops", None)
    if found is None:
        found = run.ops = Operators(run.meter, None)
    return found


LINEAR_IN = 4096  # items: a longer list or tuple searched in C pays for its length


def item_in(item, container) -> bool:
    """``item in container``, with linear searches in C paid for: a range searched for a
    non-int, a long list or tuple (one operation per 8 items compared)."""
    cls = type(container)
    if cls is range and type(item) not in (int, bool):
        return any(x == item for x in bounded.iterate(container, keep=False))
    if (cls is list or cls is tuple) and len(container) > LINEAR_IN:
        context.meter().charge(len(container) >> 3)
    return item in container


def set_slice(obj, index, value) -> None:
    """``obj[i:j] = value``: the list can only grow by what fits in memory."""
    if isinstance(obj, list) and type(obj).__setitem__ is list.__setitem__:
        if not isinstance(value, (list, tuple, str, bytes, dict)):
            value = list(bounded.iterate(value))
        context.meter().check_size((len(obj) + len(value)) * bounded.ITEM_BYTES)
    obj[index] = value


def star(iterable):
    """The iterable behind ``*x`` in a call or display, costed per item."""
    cls = type(iterable)
    if cls is list or cls is tuple or cls is str or cls is dict:
        bounded.check_copy(iterable)
        return iterable
    return bounded.iterate(iterable)

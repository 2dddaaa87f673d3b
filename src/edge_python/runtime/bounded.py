"""Iteration and sizing with limits: the primitives every bulk builtin uses.

A builtin that consumes an iterable (``list``, ``sorted``, ``sum``, ``set``, ``str.join`` ...)
runs its loop in C, where the loop ticker of guarded code is not. ``iterate`` therefore hands C
an iterator that ticks per item (``compress`` against the run's loop ticker, also C), unless the
iterable is a container whose size is already known and paid for in memory. ``ITEM_BYTES``
estimates what one more element costs, so that growth from a lazy source can be refused before
it happens.
"""

from __future__ import annotations

import sys
from itertools import compress
from types import AsyncGeneratorType, GeneratorType

from . import context

ITEM_BYTES = 8          # one pointer in a list/tuple/dict slot
OBJECT_BYTES = 32       # a small int, float or short string made per element
SIZED = (list, tuple, dict, str, bytes, frozenset, set)


BIG_RANGE = 1 << 16


def range_len(r: range) -> int:
    """``len(r)``, or more than any container holds when C cannot even count it."""
    try:
        return len(r)
    except OverflowError:
        return sys.maxsize


def ticking(iterable):
    """Let C iterate ``iterable`` only if it cannot run long without ticking."""
    if type(iterable) is range and range_len(iterable) > BIG_RANGE:
        return compress(iterable, context.meter().loop)
    return iterable


_BUILTIN_LEN = len
_LENGTHS = (str, bytes, list, tuple, dict)


def true_len(obj) -> int:
    """The length a builtin base stores, which a program subclass's ``__len__`` cannot fake."""
    cls = type(obj)
    if cls in _LENGTHS:
        return _BUILTIN_LEN(obj)
    for base in _LENGTHS:
        if isinstance(obj, base):
            return base.__len__(obj)
    return _BUILTIN_LEN(obj)


def iterate(iterable, keep: bool = True):
    """An iterator over ``iterable`` that costs one operation per item. ``keep`` says the caller
    keeps every item (a list, a set ...), so a range that cannot fit is refused up front."""
    if type(iterable) in SIZED:
        if keep:
            check_copy(iterable)
        return iter(iterable)
    if type(iterable) is range:
        if keep:
            context.meter().check_size(len(iterable) * (ITEM_BYTES + OBJECT_BYTES))
        if range_len(iterable) < 1024:
            return iter(iterable)
    if type(iterable) is GeneratorType:  # its loops, calls and ``yield from`` tick already
        return iterable
    if type(iterable) is AsyncGeneratorType:  # Edge iterates async generators synchronously
        iterable = _sync_iterate(iterable)
    return compress(iterable, context.meter().loop)


def sync_iterable(iterable):
    """``for`` over an async generator, which Edge allows, steps it synchronously."""
    return _sync_iterate(iterable) if type(iterable) is AsyncGeneratorType else iterable


def _sync_iterate(agen):
    from .scheduler import drive
    while True:
        try:
            yield drive(agen.__anext__())
        except StopAsyncIteration:
            return


COPY_CHECK = 4096       # items: a smaller copy cannot matter
CHAR_OBJECT_BYTES = 80  # a one-character str beyond Latin-1 (CPython caches only those)


def check_copy(container) -> None:
    """Refuse to copy a sized container's items into a new list or tuple that would not fit;
    the characters of a non-ASCII str each become a new object."""
    n = len(container)
    if n > COPY_CHECK:
        unit = ITEM_BYTES
        if type(container) is str and not container.isascii():
            unit += CHAR_OBJECT_BYTES
        context.meter().check_size(n * unit)


def charge_copy(nbytes: int) -> None:
    """Bulk copying costs one operation per 16 bytes."""
    context.meter().charge(nbytes >> 4)


def charge_len(obj) -> None:
    """Charge one operation per element of a sized container (for C-speed bulk work)."""
    try:
        n = len(obj)
    except TypeError:
        return
    if n > 64:
        context.meter().charge(n)


def check_bytes(nbytes: int) -> None:
    context.meter().check_size(nbytes)


"""Memo tables of the functions the compiler proved pure (``compiler/purity.py``).

A key is the tuple of (type, value) pairs of a call's arguments, so ``1``, ``1.0`` and ``True``
never share an entry. Arguments of any other type (lists, floats, objects) make the call
unmemoized, and so do tuples holding more than ``MAX_KEY_ITEMS`` values in all: building and
hashing a key for a big tree on every call would cost more than the call it saves. Results are
stored only when they are immutable values of the same kinds (or floats) and as small. Each
table is capped, which bounds its memory; past the cap it stops growing.
"""

from __future__ import annotations

MAX_ENTRIES = 100_000
MAX_KEY_ITEMS = 16
_KEYS = frozenset((int, str, bytes, bool, type(None)))
_RESULTS = _KEYS | {float}


GIVE_UP = 64  # refusals (of keys or of results) after which a table stops trying


class Table(dict):
    """One function's memo: results by key, and how often a call could not use it. A function
    whose calls mostly cannot be remembered (tree arguments, list results) stops paying for
    the attempt; memoization is invisible to the program, so only the speed changes."""

    __slots__ = ("refused", "live")

    def __init__(self) -> None:
        super().__init__()
        self.refused = 0
        self.live = True  # guarded code skips the table altogether once this is False

    def refuse(self) -> None:
        self.refused += 1
        if self.refused >= GIVE_UP and self.refused > len(self):
            self.live = False


def key(table: Table, *args):
    parts = _parts(args, [MAX_KEY_ITEMS])
    if parts is None:
        table.refuse()
        return None
    return tuple(parts)


def _parts(values, budget: list):
    parts = []
    for value in values:
        cls = type(value)
        if cls in _KEYS:
            parts.append((cls, value))
        elif cls is tuple:
            budget[0] -= len(value)
            if budget[0] < 0:
                return None
            inner = _parts(value, budget)
            if inner is None:
                return None
            parts.append((tuple, tuple(inner)))
        else:
            return None
    return parts


def _storable(value, budget=None) -> bool:
    cls = type(value)
    if cls in _RESULTS:
        return True
    if cls is not tuple:
        return False
    if budget is None:
        budget = [MAX_KEY_ITEMS]
    budget[0] -= len(value)
    return budget[0] >= 0 and all(_storable(item, budget) for item in value)


def put(table: Table, entry_key, value):
    if entry_key is not None and len(table) < MAX_ENTRIES:
        if _storable(value):
            table[entry_key] = value
        else:
            table.refuse()
    return value

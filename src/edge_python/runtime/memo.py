"""Memo tables of the functions the compiler proved pure (``compiler/purity.py``).

A key is the tuple of (type, value) pairs of a call's arguments, so ``1``, ``1.0`` and ``True``
never share an entry; arguments of any other type (lists, floats, objects) make the call
unmemoized. Results are stored only when they are immutable values of the same kinds (or
floats). Each table is capped, which bounds its memory; past the cap it stops growing.
"""

from __future__ import annotations

MAX_ENTRIES = 100_000
_KEYS = frozenset((int, str, bytes, bool, type(None)))
_RESULTS = _KEYS | {float}


def key(*args):
    parts = []
    for value in args:
        cls = type(value)
        if cls in _KEYS:
            parts.append((cls, value))
        elif cls is tuple:
            inner = key(*value)
            if inner is None:
                return None
            parts.append((tuple, inner))
        else:
            return None
    return tuple(parts)


def _storable(value) -> bool:
    cls = type(value)
    if cls in _RESULTS:
        return True
    return cls is tuple and all(_storable(item) for item in value)


def put(table: dict, entry_key, value):
    if entry_key is not None and len(table) < MAX_ENTRIES and _storable(value):
        table[entry_key] = value
    return value

"""Structural pattern matching at run time.

The compiler turns each ``case`` pattern into a tuple spec (see ``compiler/match.py``) and calls
``match_pattern(subject, spec, slots)``; it returns the captured values, or None for no match.
Matching is done here rather than by CPython's MATCH_CLASS because that opcode reads attributes
with the real ``getattr``: ``case object(gi_frame=f)`` would walk past the gate. Attribute reads
here go through the gate, and semantics otherwise follow CPython's.
"""

from __future__ import annotations

from . import gate
from .sets import FrozenSet, Set
from .types import REAL, ProxyMeta, type_of

_MISSING = object()
_MATCH_SELF = frozenset((bool, bytes, dict, float, frozenset, int, list, set, str, tuple, Set,
                         FrozenSet))
_NOT_SEQUENCES = (str, bytes)


def match_pattern(subject, spec, slots: int):
    values = [None] * slots
    return values if _match(subject, spec, values) else None


def _match(subject, spec, values) -> bool:
    kind = spec[0]
    if kind == "any":
        return True
    if kind == "capture":
        values[spec[1]] = subject
        return True
    if kind == "value":
        return bool(subject == spec[1])
    if kind == "is":
        return subject is spec[1]
    if kind == "or":
        return any(_match(subject, option, values) for option in spec[1])
    if kind == "as":
        if _match(subject, spec[1], values):
            values[spec[2]] = subject
            return True
        return False
    if kind == "seq":
        return _sequence(subject, spec[1], spec[2], values)
    if kind == "map":
        return _mapping(subject, spec[1], spec[2], spec[3], values)
    return _class(subject, spec[1], spec[2], spec[3], spec[4], values)


def _is_sequence(subject) -> bool:
    if isinstance(subject, _NOT_SEQUENCES):
        return False
    return isinstance(subject, (list, tuple, range))


def _sequence(subject, items, star: int, values) -> bool:
    if not _is_sequence(subject):
        return False
    length = len(subject)
    if star < 0:
        if length != len(items):
            return False
        return all(_match(subject[i], item, values) for i, item in enumerate(items))
    after = len(items) - star - 1
    if length < len(items) - 1:
        return False
    for i in range(star):
        if not _match(subject[i], items[i], values):
            return False
    star_slot = items[star][1]
    if star_slot is not None:
        values[star_slot] = list(subject[star:length - after])
    for k in range(after):
        if not _match(subject[length - after + k], items[star + 1 + k], values):
            return False
    return True


def _mapping(subject, keys, patterns, rest: int | None, values) -> bool:
    if not isinstance(subject, dict) or isinstance(subject, (Set, FrozenSet)):
        return False
    if len(subject) < len(keys):
        return False
    seen = []
    for key in keys:
        if key in seen:
            from .reprs import to_repr
            raise ValueError(f"mapping pattern checks duplicate key ({to_repr(key)})")
        seen.append(key)
    getter = subject.get
    for key, pattern in zip(keys, patterns):
        value = getter(key, _MISSING)
        if value is _MISSING or not _match(value, pattern, values):
            return False
    if rest is not None:
        values[rest] = {k: v for k, v in subject.items() if k not in seen}
    return True


def _class(subject, cls, positional, names, patterns, values) -> bool:
    if not isinstance(cls, type):
        raise TypeError("called match pattern must be a class")
    if not isinstance(subject, cls):
        return False
    real = REAL.get(cls, cls) if isinstance(cls, ProxyMeta) else cls
    if positional:
        if real in _MATCH_SELF and not _has_match_args(cls):
            if len(positional) > 1:
                raise TypeError(f"{type_of(subject).__name__}() accepts 1 positional sub-pattern "
                                f"({len(positional)} given)")
            if not _match(subject, positional[0], values):
                return False
        else:
            match_args = _match_args(cls)
            if len(positional) > len(match_args):
                raise TypeError(f"{cls.__name__}() accepts {len(match_args)} positional "
                                f"sub-pattern{'s' if len(match_args) != 1 else ''} "
                                f"({len(positional)} given)")
            for name, pattern in zip(match_args, positional):
                if name in names:
                    raise TypeError(f"{cls.__name__}() got multiple sub-patterns for attribute "
                                    f"{name!r}")
                if not _attribute(subject, name, pattern, values):
                    return False
    return all(_attribute(subject, name, pattern, values) for name, pattern in zip(names, patterns))


def _has_match_args(cls) -> bool:
    return any("__match_args__" in k.__dict__ for k in cls.__mro__ if getattr(k, "__edge_user__", False))


def _match_args(cls) -> tuple:
    if not getattr(cls, "__edge_user__", False):
        return ()
    match_args = getattr(cls, "__match_args__", ())
    if not isinstance(match_args, tuple):
        raise TypeError(f"{cls.__name__}.__match_args__ must be a tuple (got "
                        f"{type(match_args).__name__})")
    return match_args


def _attribute(subject, name, pattern, values) -> bool:
    try:
        value = gate.get_attribute(subject, name)
    except AttributeError:
        return False
    return _match(value, pattern, values)

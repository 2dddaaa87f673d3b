"""Builtin methods that can build large results, re-implemented with their size checked first.

``'ab'.center(10**12)`` or ``sep.join(...)`` with a megabyte separator allocate inside one C
call, where no tick or memory check can interrupt. Each function here computes the size of the
result from its arguments, asks the meter whether that fits, and only then calls CPython's own
method. The gate binds these in place of the real methods (see ``gate.py``).
"""

from __future__ import annotations

from . import bounded, context, ops
from .bounded import true_len as len  # sizes come from the builtin base, not a program __len__
from .types import check_codec, transcode

_CHAR_BYTES = {str: 1, bytes: 1}


def _base(s) -> type:
    """The builtin type whose method to call: a subclass's override is not the builtin method
    (and may be what called us, through ``super()``)."""
    return str if isinstance(s, str) else bytes


def _fits(count: int, unit: int = 1) -> None:
    context.meter().check_size(count * unit)


def _char_bytes(s) -> int:
    if type(s) is bytes or s.isascii():
        return 1
    return 4


def center(s, width, *fill):
    if type(width) is int and width > len(s):
        _fits(width, _char_bytes(s))
    return _base(s).center(s, width, *fill)


def ljust(s, width, *fill):
    if type(width) is int and width > len(s):
        _fits(width, _char_bytes(s))
    return _base(s).ljust(s, width, *fill)


def rjust(s, width, *fill):
    if type(width) is int and width > len(s):
        _fits(width, _char_bytes(s))
    return _base(s).rjust(s, width, *fill)


def zfill(s, width, /):
    if type(width) is int and width > len(s):
        _fits(width, _char_bytes(s))
    return _base(s).zfill(s, width)


def expandtabs(s, tabsize=8):
    if type(tabsize) is int and 1 < tabsize < 1 << 31:
        tab = "\t" if type(s) is str else b"\t"
        tabs = s.count(tab)
        if tabs:
            _fits(len(s) + tabs * tabsize, _char_bytes(s))
    return _base(s).expandtabs(s, tabsize)


def replace(s, old, new, count=-1, /):
    text = (str, bytes)
    if isinstance(old, text) and isinstance(new, text) and len(new) > len(old):
        found = s.count(old) if old else len(s) + 1
        if type(count) is int and 0 <= count < found:
            found = count
        _fits(len(s) + found * (len(new) - len(old)), _char_bytes(s) if s else _char_bytes(new))
    return _base(s).replace(s, old, new, count)


_SMALL_JOIN = 4096  # characters: a shorter result is not worth asking the meter about


def join(sep, iterable, /):
    cls = type(iterable)
    items = iterable if cls is list or cls is tuple else list(bounded.iterate(iterable))
    count = items.__len__()
    base = str if isinstance(sep, str) else bytes  # as _base, inline: joins are hot
    if count > 1:
        try:  # the base type's own length: a str subclass cannot under-report
            total = sum(map(base.__len__, items))
        except TypeError:
            try:
                total = sum(map(len, items))  # true_len
            except TypeError:
                total = 0  # a non-str item: join itself raises the right TypeError
        total += base.__len__(sep) * (count - 1)
        if total > _SMALL_JOIN:
            _fits(total, _char_bytes(sep))
        if count > 64:
            context.meter().charge(count)
    return base.join(sep, items)


# What ``split()`` and ``splitlines()`` may cut at: counting them bounds the number of parts.
_SPACES = {str: tuple(map(chr, (*range(9, 14), *range(28, 33), 0x85, 0xA0, 0x1680, *range(0x2000, 0x200B),
                                 0x2028, 0x2029, 0x202F, 0x205F, 0x3000))),
           bytes: (b" ", b"\t", b"\n", b"\r", b"\x0b", b"\x0c")}
_BREAKS = {str: tuple(map(chr, (*range(10, 14), 28, 29, 30, 0x85, 0x2028, 0x2029))),
           bytes: (b"\n", b"\r")}
SPLIT_CHECK = 1024  # a shorter text cannot split into much
PART_BYTES = 64     # a new str or bytes object and its list slot


def _check_parts(s, cuts, most) -> None:
    """Refuse to split ``s`` into more parts than memory holds; ``cuts`` are the substrings it
    may be cut at (an upper bound on the number of parts, counted at C speed)."""
    ascii_only = type(s) is bytes or s.isascii()
    parts = 1 + sum(s.count(cut) for cut in cuts if not ascii_only or cut.isascii())
    if type(most) is int and 0 <= most < parts:
        parts = most + 1
    _fits(parts * PART_BYTES + len(s) * _char_bytes(s))


def _check_split(s, sep, maxsplit) -> None:
    if len(s) > SPLIT_CHECK and (sep is None or (type(sep) is type(s) and sep)):
        _check_parts(s, _SPACES[type(s)] if sep is None else (sep,), maxsplit)


def split(s, sep=None, maxsplit=-1):
    _check_split(s, sep, maxsplit)
    return _base(s).split(s, sep, maxsplit)


def rsplit(s, sep=None, maxsplit=-1):
    _check_split(s, sep, maxsplit)
    return _base(s).rsplit(s, sep, maxsplit)


def splitlines(s, keepends=False):
    if len(s) > SPLIT_CHECK:
        _check_parts(s, _BREAKS[type(s)], -1)
    return _base(s).splitlines(s, keepends)


def translate(s, table, /, *delete):
    if type(s) is bytes:
        return bytes.translate(s, table, *delete)
    widest = 1
    if isinstance(table, dict):
        for value in table.values():
            if isinstance(value, str) and len(value) > widest:
                widest = len(value)
        if widest > 1:
            _fits(len(s) * widest, 4)
        return str.translate(s, table)
    out = []
    size = 0
    for ch in bounded.iterate(s):
        try:
            value = table[ord(ch)]
        except LookupError:
            value = ch
        if value is None:
            continue
        if isinstance(value, int):
            value = chr(value)
        elif not isinstance(value, str):
            raise TypeError("character mapping must return integer, None or str")
        size += len(value)
        _fits(size, 4)
        out.append(value)
    return "".join(out)


def encode(s, encoding="utf-8", errors="strict"):
    if type(s) is str and isinstance(errors, str):
        return transcode(s, encoding, errors, False)
    check_codec(encoding, errors, len(s))
    return str.encode(s, encoding, errors)


def decode(b, encoding="utf-8", errors="strict"):
    if type(b) is bytes and isinstance(errors, str):
        return transcode(b, encoding, errors, True)
    check_codec(encoding, errors, len(b))
    return bytes.decode(b, encoding, errors)


def extend(lst, iterable, /):
    if type(iterable) in (list, tuple, str, dict):
        _fits(len(lst) + len(iterable), bounded.ITEM_BYTES)
        return list.extend(lst, iterable)
    return list.extend(lst, bounded.iterate(iterable))


def list_index(lst, value, *bounds):
    """``list.index``: CPython's message shows the value with the host's repr."""
    try:
        return list.index(lst, value, *bounds)
    except ValueError:
        from .reprs import to_repr
        raise ValueError(f"{to_repr(value)} is not in list") from None


def fromkeys(cls, iterable, value=None, /):
    return dict.fromkeys(bounded.iterate(iterable), value)


def to_bytes(n, length=1, byteorder="big", *, signed=False):
    if type(length) is int:
        _fits(length)
    return int.to_bytes(n, length, byteorder, signed=signed)


def from_bytes(cls, data, byteorder="big", *, signed=False):
    """``int.from_bytes`` with 3.11's default byte order on every version."""
    real = cls if isinstance(cls, type) and issubclass(cls, int) else int
    data = _byte_string(data)
    ops.current().check_bits(8 * len(data))
    return real.from_bytes(data, byteorder, signed=signed)


def _byte_string(data):
    if isinstance(data, (bytes, bytearray)):
        return data
    from .types import new_bytes
    return new_bytes(data)


def range_contains(r, value, /):
    return ops.item_in(value, r)


def range_iter(r, /):
    return iter(bounded.ticking(r))


def range_reversed(r, /):
    return iter(bounded.ticking(r[::-1]))


def range_count(r, value, /):
    if type(value) is int or type(value) is bool:
        return range.count(r, value)
    return sum(1 for item in bounded.iterate(r, keep=False) if item == value)


def range_index(r, value, /):
    if type(value) is int or type(value) is bool:
        return range.index(r, value)
    for i, item in enumerate(bounded.iterate(r, keep=False)):
        if item == value:
            return i
    raise ValueError(f"{value!r} is not in range" if isinstance(value, (int, float, str))
                     else "sequence.index(x): x not in sequence")


def str_format(s, /, *args, **kwargs):
    from .formatting import str_format as format_
    from .hooks import hooks
    return format_(s, args, kwargs, hooks())


def str_format_map(s, mapping, /):
    from .formatting import format_map
    from .hooks import hooks
    return format_map(s, mapping, hooks())


def method_callers() -> dict:
    """``$M_<name>`` helpers: calling a size-checked method without building a bound object.

    Guarded code calls ``obj.name(...)`` natively when ``type(obj)`` may answer ``name``
    natively, and otherwise ``$M_name(obj, ...)``, which goes straight to the checked method for
    builtin receivers and through the gate for anything else.
    """
    from .gate import get_attribute
    from .gate_tables import GUARDED

    by_name: dict[str, dict] = {}
    for real, table in GUARDED.items():
        for name, func in table.items():
            by_name.setdefault(name, {})[real] = func

    def make(name: str, table: dict):
        def call(obj, *args, **kwargs):
            func = table.get(type(obj))
            if func is not None:
                return func(obj, *args, **kwargs)
            return get_attribute(obj, name)(*args, **kwargs)
        call.__name__ = call.__qualname__ = name
        return call

    callers = {"$M_" + name: make(name, table) for name, table in by_name.items()}
    for real, table in GUARDED.items():  # the receiver's type is known when compiling
        callers.update({f"$M_{real.__name__}_{name}": func for name, func in table.items()})
    return callers


GUARDED_NAMES = frozenset(("center", "ljust", "rjust", "zfill", "expandtabs", "replace", "join",
                           "split", "rsplit", "splitlines",
                           "translate", "format", "format_map", "encode", "decode", "extend",
                           "fromkeys", "to_bytes", "from_bytes", "count", "index"))

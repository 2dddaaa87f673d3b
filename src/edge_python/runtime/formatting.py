"""The sandbox's string formatting: ``format()``, f-string fields, ``str.format``/``format_map`` and ``%``.

Why this exists:

* Escape. CPython's ``str.format`` resolves ``{0.attr}`` and ``{0[key]}`` in C with the real ``getattr``, so
  ``'{0.__class__.__bases__}'.format(x)`` walks right past the sandbox's attribute guard. Here format strings
  are parsed in Python and every lookup goes through ``hooks.getattr`` / ``hooks.getitem``.
* Size. ``format(1, '1000000000')`` or ``'%*d' % (10**9, 1)`` allocates a gigabyte inside one C call. Every
  width and precision is read here first; above ``hooks.max_width`` the sandbox's limit error is raised
  (``hooks.limit``) before CPython builds anything, and ``hooks.check_len`` vets each large result.

Only exact int/float/str/complex/bool values reach CPython's ``format()``, with a spec already checked, which
is safe; everything else goes through the hooks (``format_object``, ``str``, ``repr``, ``ascii``). Parsing
mirrors CPython's ``unicode_format.h`` step by step, so results, exception types, messages and the order of
side effects match CPython 3.10-3.13. ``%`` formatting lives in :mod:`.percent`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .percent import guard, percent_format, type_name

__all__ = ["check_spec", "format_map", "format_value", "percent_format", "str_format"]

_SSIZE_MAX = 2**63 - 1
_SCALARS = frozenset((int, float, bool, str, complex))
_ALIGN = frozenset("<>=^")
_TOO_MANY_DIGITS = "Too many decimal digits in format string"
_NAME_STOP = re.compile(r"[{\[}:!]")
_BRACE = re.compile(r"[{}]")
_AUTO, _MANUAL = 1, 2


# ---------------------------------------------------------------- format specs and format()


def _decimal_run(spec: str, pos: int):
    """Read Unicode decimal digits (CPython accepts any, e.g. Arabic-Indic) from ``pos``; -1 if none."""
    end = pos
    while end < len(spec) and spec[end].isdecimal():
        end += 1
    if end == pos:
        return -1, pos
    value = 0
    for ch in spec[pos:end]:
        value = value * 10 + int(ch)
        if value > _SSIZE_MAX:  # CPython refuses it too; any such value is over the limit
            break
    return value, end


@lru_cache(maxsize=512)
def _spec_sizes(spec: str) -> tuple:
    """Width and precision (-1 when absent) of a format spec, scanned the way CPython parses it.

    Only the numbers are needed: validating the rest is left to CPython's own ``format()``.
    """
    pos = 0
    if len(spec) >= 2 and spec[1] in _ALIGN:
        pos = 2
    elif spec[:1] in _ALIGN:
        pos = 1
    if spec[pos:pos + 1] in ("+", "-", " "):
        pos += 1
    if spec.startswith("z", pos):
        pos += 1
    if spec.startswith("#", pos):
        pos += 1
    width, pos = _decimal_run(spec, pos)  # a '0' flag reads as a leading zero of the width
    while spec[pos:pos + 1] in (",", "_"):
        pos += 1
    precision = -1
    if spec.startswith(".", pos):
        precision, pos = _decimal_run(spec, pos + 1)
    return width, precision


def check_spec(spec: str, hooks) -> None:
    """Refuse a spec whose width or precision exceeds ``hooks.max_width``; vet the padding it asks for."""
    width, precision = _spec_sizes(spec)
    guard(width, precision, hooks, width)


def _spec_str(spec) -> str:
    """The spec as an exact str (a str subclass must not get to run its ``__hash__`` in our cache)."""
    if type(spec) is str:
        return spec
    if isinstance(spec, str):
        return str.__str__(spec)
    shown = "None" if spec is None else type_name(spec)
    raise TypeError(f"format() argument 2 must be str, not {shown}")


def _format_value(value, spec: str, hooks, used: int) -> str:
    """``format(value, spec)`` appended to ``used`` characters of output (for ``check_len``)."""
    kind = type(value)
    if kind in _SCALARS:
        if not spec:
            return value if kind is str else format(value)
        width, precision = _spec_sizes(spec)
        if width >= 0 or precision >= 0:
            extra = width if kind is str else max(width, precision)  # str precision only truncates
            guard(width, precision, hooks, used + extra if extra > 0 else 0)
        return format(value, spec)
    if value is None:
        if spec:
            raise TypeError("unsupported format string passed to NoneType.__format__")
        return "None"
    return hooks.format_object(value, spec)


def format_value(value, spec: str, hooks) -> str:
    """Program-level ``format(value, spec)``, also used for f-string fields."""
    return _format_value(value, _spec_str(spec), hooks, 0)


# ---------------------------------------------------------------- str.format parsing


class _Field:
    """One ``{name!conv:spec}`` replacement field, parsed once and cached with its format string."""

    __slots__ = ("first", "index", "steps", "conversion", "spec", "expand")

    def __init__(self, name: str, conversion, spec: str, expand: bool):
        cut = len(name)
        for mark in (".", "["):
            at = name.find(mark)
            if 0 <= at < cut:
                cut = at
        self.first = name[:cut]
        self.index = _field_index(self.first)  # -1: a keyword; None: too many digits
        self.steps = _field_steps(name[cut:])
        self.conversion = conversion
        self.spec = spec
        self.expand = expand


def _field_index(text: str):
    """CPython's ``get_integer``: the decimal value, -1 if not all decimal digits, None on overflow."""
    value, end = _decimal_run(text, 0)
    if value > _SSIZE_MAX:  # overflow is noticed before any non-digit that follows
        return None
    return value if end == len(text) else -1


def _field_steps(rest: str) -> tuple:
    """The ``.attr`` / ``[key]`` chain after the first name; a malformed part becomes an ``error`` step."""
    steps: list = []
    pos = 0
    while pos < len(rest):
        mark = rest[pos]
        if mark == ".":
            end = pos + 1
            while end < len(rest) and rest[end] not in ".[":
                end += 1
            raw, step = rest[pos + 1:end], ("attr", rest[pos + 1:end])
            pos = end
        elif mark == "[":
            end = rest.find("]", pos + 1)
            if end < 0:
                return (*steps, ("error", "Missing ']' in format string"))
            raw, step = rest[pos + 1:end], _item_step(rest[pos + 1:end])
            pos = end + 1
        else:
            return (*steps, ("error", "Only '.' or '[' may follow ']' in format field specifier"))
        if step[0] != "error" and not raw:
            step = ("error", "Empty attribute in format string")
        steps.append(step)
        if step[0] == "error":
            break
    return tuple(steps)


def _item_step(key: str) -> tuple:
    """``[key]``: an int index when all decimal digits (CPython's rule), else the str key."""
    index = _field_index(key)
    if index is None:
        return ("error", _TOO_MANY_DIGITS)
    return ("item", key if index < 0 else index)


def _scan_name(text: str, pos: int):
    """Find the end of a field name (``}``, ``:`` or ``!``, skipping ``[...]``); returns (char, position)."""
    while True:
        match = _NAME_STOP.search(text, pos)
        if match is None:
            return None, len(text)
        ch, pos = match.group(), match.end()
        if ch != "[":
            return ch, pos
        close = text.find("]", pos)
        if close < 0:
            return None, len(text)
        pos = close


def _scan_spec(text: str, pos: int):
    """The format spec up to its matching ``}``: (spec, needs expanding, end) or None if unmatched."""
    close = text.find("}", pos)
    if close >= 0 and text.find("{", pos, close) < 0:
        return text[pos:close], False, close + 1
    depth = 1
    for at in range(pos, len(text)):
        ch = text[at]
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return text[pos:at], True, at + 1
    return None


def _parse_field(text: str, pos: int):
    """Parse the field opened by the ``{`` before ``pos``: (``_Field`` or error message, end position)."""
    ch, end = _scan_name(text, pos)
    if ch == "{":
        return "unexpected '{' in field name", end
    if ch is None:
        return "expected '}' before end of string", end
    name = text[pos:end - 1]
    if ch == "}":
        return _Field(name, None, "", False), end
    conversion = None
    if ch == "!":
        if end >= len(text):
            return "end of string while looking for conversion specifier", end
        conversion = text[end]
        end += 1
        if end < len(text):
            end += 1
            if text[end - 1] == "}":
                return _Field(name, conversion, "", False), end
            if text[end - 1] != ":":
                return "expected ':' after conversion specifier", end
    scanned = _scan_spec(text, end)
    if scanned is None:
        return "unmatched '{' in format spec", len(text)
    spec, expand, end = scanned
    return _Field(name, conversion, spec, expand), end


@lru_cache(maxsize=256)
def _parse_markup(text: str) -> tuple:
    """A format string as literal text (str) and ``_Field`` items; a syntax error ends it as a 1-tuple."""
    items: list = []
    literal = ""
    pos = 0
    while pos < len(text):
        match = _BRACE.search(text, pos)
        if match is None:
            literal += text[pos:]
            break
        at = match.start()
        brace, following = text[at], text[at + 1:at + 2]
        if brace == "}" and following != "}":
            return (*items, ("Single '}' encountered in format string",))
        if not following:
            return (*items, ("Single '{' encountered in format string",))
        if following == brace:
            literal += text[pos:at + 1]
            pos = at + 2
            continue
        literal += text[pos:at]
        field, pos = _parse_field(text, at + 1)
        if literal:
            items.append(literal)
            literal = ""
        items.append(field if isinstance(field, _Field) else (field,))
        if not isinstance(field, _Field):
            return tuple(items)
    if literal:
        items.append(literal)
    return tuple(items)


# ---------------------------------------------------------------- str.format rendering


class _Call:
    """One ``str.format``/``format_map`` call: its arguments and the auto-numbering shared by nested specs."""

    __slots__ = ("args", "kwargs", "hooks", "numbering", "next_auto")

    def __init__(self, args, kwargs, hooks):
        self.args = args        # None for format_map: positional fields are an error
        self.kwargs = kwargs
        self.hooks = hooks
        self.numbering = 0      # 0: not decided yet, else _AUTO or _MANUAL
        self.next_auto = 0

    def position(self, field: _Field) -> int:
        """Apply CPython's auto/manual numbering rule; returns the index, or -1 for a keyword."""
        empty = not field.first
        if not empty and field.index < 0:
            return -1
        if not self.numbering:
            self.numbering = _AUTO if empty else _MANUAL
        if self.numbering == _MANUAL and empty:
            raise ValueError("cannot switch from manual field specification to automatic field numbering")
        if self.numbering == _AUTO and not empty:
            raise ValueError("cannot switch from automatic field numbering to manual field specification")
        if not empty:
            return field.index
        self.next_auto += 1
        return self.next_auto - 1

    def lookup(self, field: _Field):
        """The object a field names, before its ``.attr``/``[key]`` chain."""
        if field.index is None:
            raise ValueError(_TOO_MANY_DIGITS)
        index = self.position(field)
        if index < 0:
            kwargs = self.kwargs
            if type(kwargs) is dict:
                return kwargs[field.first]
            return self.hooks.getitem(kwargs, field.first)
        if self.args is None:
            raise ValueError("Format string contains positional fields")
        if index >= len(self.args):
            raise IndexError(f"Replacement index {index} out of range for positional args tuple")
        return self.args[index]

    def resolve(self, field: _Field):
        """Follow the field's chain: attributes through ``hooks.getattr``, items through ``hooks.getitem``."""
        obj = self.lookup(field)
        for kind, name in field.steps:
            if kind == "attr":
                obj = self.hooks.getattr(obj, name)
            elif kind == "item":
                obj = self.hooks.getitem(obj, name)
            else:
                raise ValueError(name)
        return obj


def _convert(obj, conversion: str, hooks):
    """``!r``, ``!s`` and ``!a`` with the sandbox's conversions."""
    if conversion == "r":
        return hooks.repr(obj)
    if conversion == "s":
        return hooks.str(obj)
    if conversion == "a":
        return hooks.ascii(obj)
    point = ord(conversion)
    shown = conversion if 32 < point < 127 else f"\\x{point:x}"
    raise ValueError(f"Unknown conversion specifier {shown}")


def _render(call: _Call, field: _Field, depth: int, used: int) -> str:
    """One field, in CPython's order: look up, convert, expand the nested spec, format."""
    obj = call.resolve(field)
    if field.conversion is not None:
        obj = _convert(obj, field.conversion, call.hooks)
    spec = field.spec
    if field.expand:
        spec = _build(call, spec, depth - 1)
    return _format_value(obj, spec, call.hooks, used)


def _build(call: _Call, text: str, depth: int) -> str:
    """Expand a format string; nested specs recurse with ``depth - 1`` (CPython allows two levels)."""
    if depth <= 0:
        raise ValueError("Max string recursion exceeded")
    call.hooks.fields(text.count("{"))
    out: list = []
    used = 0
    for item in _parse_markup(text):
        if type(item) is str:
            piece = item
        elif type(item) is tuple:
            raise ValueError(item[0])
        else:
            piece = _render(call, item, depth, used)
        out.append(piece)
        used += len(piece)
    call.hooks.check_len(used)
    return "".join(out)


def str_format(fmt: str, args: tuple, kwargs: dict, hooks) -> str:
    """``fmt.format(*args, **kwargs)`` with gated lookups and the sandbox's limits."""
    call = _Call(args if type(args) is tuple else tuple(args), {} if kwargs is None else kwargs, hooks)
    return _build(call, fmt if type(fmt) is str else str.__str__(fmt), 2)


def format_map(fmt: str, mapping, hooks) -> str:
    """``fmt.format_map(mapping)``: keyword fields looked up in ``mapping`` via ``hooks.getitem``."""
    call = _Call(None, mapping, hooks)
    return _build(call, fmt if type(fmt) is str else str.__str__(fmt), 2)

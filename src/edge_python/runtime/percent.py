"""printf-style ``%`` formatting of str and bytes, in pure Python.

Why this exists: ``fmt % args`` builds padding of any requested size, so ``'%*d' % (10**9, 1)`` allocates a
gigabyte before the sandbox could object, and it converts program objects with CPython's own ``str``/``repr``
instead of the sandbox's deterministic ones. Here the format is parsed in Python (mirroring CPython's
``PyUnicode_Format`` and ``_PyBytes_FormatEx`` step by step, so errors come out in the same order with the
same messages), widths and precisions above ``hooks.max_width`` are refused through ``hooks.limit``, program
values are converted through the hooks, and CPython only ever sees one already-checked conversion of an
exact int or float at a time.

``formatting`` re-exports :func:`percent_format`; the limit helpers below are shared with it.
"""

from __future__ import annotations

from functools import lru_cache

WIDTH_LIMIT = "format width exceeds limit"
PRECISION_LIMIT = "format precision exceeds limit"

_SSIZE_MAX = 2**63 - 1  # PY_SSIZE_T_MAX on the 64-bit builds the sandbox runs on
_INT_MAX = 2**31 - 1    # C int, the type of a %-format precision
_HEAPTYPE = 1 << 9      # Py_TPFLAGS_HEAPTYPE
_FLAGS = frozenset("-+ #0")
_INT_CODES = frozenset("diuoxX")
_FLOAT_CODES = frozenset("eEfFgG")
_MISSING = object()


# ---------------------------------------------------------------- shared helpers


def refuse(hooks, message: str):
    """Raise the sandbox's limit error; the fallback only matters if a hook wrongly returns."""
    hooks.limit(message)
    raise RuntimeError(message)


def guard(width: int, precision: int, hooks, size: int) -> None:
    """Refuse an oversize width/precision, then let ``check_len`` veto a result of ``size`` characters."""
    if width > hooks.max_width:
        refuse(hooks, WIDTH_LIMIT)
    if precision > hooks.max_width:
        refuse(hooks, PRECISION_LIMIT)
    if size > 0:
        hooks.check_len(size)


def type_name(obj, limit: int = 200) -> str:
    """``Py_TYPE(obj)->tp_name`` as CPython's messages print it (``%.200s``), running no program code."""
    tp = type(obj)
    name = tp.__name__
    if not tp.__flags__ & _HEAPTYPE and tp.__module__ != "builtins":
        name = tp.__module__ + "." + name
    return name[:limit]


def type_defines(tp: type, names: tuple) -> bool:
    """Whether a class (or a base) defines one of ``names``: CPython's slot test, read off class dicts."""
    for klass in tp.__mro__:
        namespace = vars(klass)
        for name in names:
            if name in namespace:
                return True
    return False


def exact_int(value) -> int:
    """The int value of an int (or bool, or int subclass) without calling any method it overrides."""
    return value if type(value) is int else int.__index__(value)


# ---------------------------------------------------------------- parsing


class _Spec:
    """One parsed ``%`` conversion; ``error`` is raised after the key, width and precision before it."""

    __slots__ = ("keyed", "key", "flags", "width", "precision", "code", "index", "masked", "error", "plain",
                 "template")

    def __init__(self):
        self.keyed = False
        self.key = None        # str, or None when the key itself was incomplete
        self.flags = ""
        self.width = None      # None, an int, or "*"
        self.precision = None  # None, an int, or "*"
        self.code = ""
        self.index = -1        # position of the conversion character, for error messages
        self.masked = False    # code read as unsigned (after digits): matters for bytes error messages
        self.error = None      # (exception class, message)
        self.plain = False     # no key, width, precision or error: nothing to measure
        self.template = None   # the one-value CPython format for numbers, when no ``*`` is involved


class _Reader:
    """CPython's (position, count) cursor over the format; ``count < 0`` means the format ran out."""

    __slots__ = ("text", "pos", "count", "ch", "masked")

    def __init__(self, text: str, pos: int):
        self.text = text
        self.pos = pos
        self.count = len(text) - pos
        self.ch = text[pos] if pos < len(text) else "\0"
        self.masked = False

    def advance(self) -> bool:
        """Read the next character into ``ch``, as CPython's ``if (--fmtcnt >= 0) ch = fmt[pos++]``."""
        self.count -= 1
        if self.count < 0:
            return False
        self.ch = self.text[self.pos]
        self.pos += 1
        self.masked = False
        return True


def _parse_key(spec: _Spec, rd: _Reader) -> bool:
    """``%(name)``: balanced parentheses; False when the format ends first."""
    spec.keyed = True
    rd.pos += 1
    rd.count -= 1
    start, depth = rd.pos, 1
    while depth > 0 and rd.advance():
        if rd.ch == ")":
            depth -= 1
        elif rd.ch == "(":
            depth += 1
    if rd.count < 0 or depth > 0:
        spec.error = (ValueError, "incomplete format key")
        return False
    spec.key = rd.text[start:rd.pos - 1]
    return True


def _parse_number(rd: _Reader, ceiling: int, message: str, spec: _Spec):
    """ASCII digits starting at ``rd.ch``; None (and ``spec.error``) when they overflow ``ceiling``."""
    value = ord(rd.ch) - 48
    while rd.advance():
        if not "0" <= rd.ch <= "9":
            break
        digit = ord(rd.ch) - 48
        if value > (ceiling - digit) // 10:
            spec.error = (ValueError, message)
            return None
        value = value * 10 + digit
    rd.masked = True  # bytes formatting reads the character after digits through Py_CHARMASK
    return value


def _parse_precision(spec: _Spec, rd: _Reader, is_bytes: bool) -> bool:
    """``.N`` or ``.*`` after a ``.``; False on overflow."""
    spec.precision = 0
    rd.advance()
    if rd.ch == "*":
        spec.precision = "*"
        rd.advance()
    elif "0" <= rd.ch <= "9":
        message = "prec too big" if is_bytes else "precision too big"
        spec.precision = _parse_number(rd, _INT_MAX, message, spec)
        return spec.precision is not None
    return True


def _parse_spec(text: str, pos: int, is_bytes: bool):
    """Parse the conversion after the ``%`` at ``pos - 1``; returns the spec and where parsing stopped."""
    spec = _Spec()
    rd = _Reader(text, pos)
    if rd.ch == "(" and not _parse_key(spec, rd):
        return spec, rd.pos
    while rd.advance():
        if rd.ch not in _FLAGS:
            break
        spec.flags += rd.ch
    if rd.ch == "*":
        spec.width = "*"
        rd.advance()
    elif "0" <= rd.ch <= "9":
        spec.width = _parse_number(rd, _SSIZE_MAX, "width too big", spec)
        if spec.width is None:
            return spec, rd.pos
    if rd.ch == "." and not _parse_precision(spec, rd, is_bytes):
        return spec, rd.pos
    if rd.count >= 0 and rd.ch in "hlL":
        rd.advance()
    if rd.count < 0:
        spec.error = (ValueError, "incomplete format")
    spec.code, spec.index, spec.masked = rd.ch, rd.pos - 1, rd.masked
    spec.plain = not spec.keyed and spec.width is None and spec.precision is None and spec.error is None
    if "*" not in (spec.width, spec.precision):
        spec.template = _template(spec.flags, spec.width, spec.precision, spec.code, is_bytes)
    return spec, rd.pos


def _template(flags: str, width, precision, code: str, is_bytes: bool):
    """The CPython format (``%-08.3f``...) that formats one already-checked number."""
    text = "%" + flags
    if width is not None:
        text += str(width)
    if precision is not None:
        text += "." + str(precision)
    text += code
    return text.encode("latin-1") if is_bytes else text


@lru_cache(maxsize=256)
def _parse(text: str, is_bytes: bool) -> tuple:
    """The format as literal pieces (str; latin-1 text for bytes) and ``_Spec`` items; parse errors end it."""
    items: list = []
    pos, end = 0, len(text)
    while pos < end:
        at = text.find("%", pos)
        if at < 0:
            items.append(text[pos:])
            break
        if at > pos:
            items.append(text[pos:at])
        if text.startswith("%", at + 1):
            items.append("%")
            pos = at + 2
            continue
        spec, pos = _parse_spec(text, at + 1, is_bytes)
        items.append(spec)
        if spec.error is not None:
            break
    return _merge_literals(items, is_bytes)


def _merge_literals(items: list, is_bytes: bool) -> tuple:
    """Join neighbouring literal pieces (and encode them back for bytes formats)."""
    merged: list = []
    for item in items:
        if isinstance(item, str) and merged and isinstance(merged[-1], str):
            merged[-1] += item
        else:
            merged.append(item)
    if is_bytes:
        merged = [item.encode("latin-1") if isinstance(item, str) else item for item in merged]
    return tuple(merged)


# ---------------------------------------------------------------- formatting


def _is_mapping(args, is_bytes: bool) -> bool:
    """CPython's test for ``%(name)`` support: a subscriptable non-tuple, non-string argument."""
    if isinstance(args, (tuple, str)) or (is_bytes and isinstance(args, (bytes, bytearray))):
        return False
    try:
        # CPython's own PyMapping_Check: an empty format raises unless args is a mapping, and runs no code.
        "" % args  # noqa: F507, UP031
    except TypeError:
        return False
    return True


class _Run:
    """The state of one ``%`` operation: the argument cursor and the output built so far."""

    __slots__ = ("hooks", "is_bytes", "args", "arglen", "argidx", "mapping", "out", "used")

    def __init__(self, args, hooks, is_bytes: bool):
        self.hooks = hooks
        self.is_bytes = is_bytes
        if isinstance(args, tuple):
            self.args = args if type(args) is tuple else tuple.__getitem__(args, slice(None))
            self.arglen, self.argidx = len(self.args), 0
        else:
            self.args, self.arglen, self.argidx = args, -1, -2
        self.mapping = args if _is_mapping(args, is_bytes) else None
        self.out: list = []
        self.used = 0

    def next_arg(self):
        if self.argidx < self.arglen:
            self.argidx += 1
            return self.args if self.arglen < 0 else self.args[self.argidx - 1]
        raise TypeError("not enough arguments for format string")

    def emit(self, piece) -> None:
        self.out.append(piece)
        self.used += len(piece)

    def select_key(self, spec: _Spec) -> None:
        """``%(name)``: the mapping's value becomes the (single) argument, as in CPython."""
        if self.mapping is None:
            raise TypeError("format requires a mapping")
        if spec.key is None:
            return
        key = spec.key.encode("latin-1") if self.is_bytes else spec.key
        mapping = self.mapping
        self.args = mapping[key] if type(mapping) is dict else self.hooks.getitem(mapping, key)
        self.arglen, self.argidx = -1, -2

    def star(self, ceiling: int, ctype: str) -> int:
        """The int argument a ``*`` width or precision takes."""
        value = self.next_arg()
        if not isinstance(value, int):
            raise TypeError("* wants int")
        value = exact_int(value)
        if not -ceiling - 1 <= value <= ceiling:
            raise OverflowError("Python int too large to convert to C " + ctype)
        return value

    def measure(self, spec: _Spec):
        """Resolve the key, width and precision (taking ``*`` arguments); refuse oversize ones."""
        if spec.plain:
            return spec.flags, None, None
        if spec.keyed:
            self.select_key(spec)
        flags, width, precision = spec.flags, spec.width, spec.precision
        if width == "*":
            width = self.star(_SSIZE_MAX, "ssize_t")
            if width < 0:
                flags, width = flags + "-", -width
        if width is not None and width > self.hooks.max_width:
            refuse(self.hooks, WIDTH_LIMIT)
        if precision == "*":
            precision = max(self.star(_INT_MAX, "int"), 0)
        if precision is not None and precision > self.hooks.max_width:
            refuse(self.hooks, PRECISION_LIMIT)
        if spec.error is not None:
            raise spec.error[0](spec.error[1])
        return flags, width, precision


def _pad(text, width, flags: str, run: _Run):
    """Space-pad a converted string to ``width`` (left-justified with ``-``)."""
    if width is None or width <= len(text):
        return text
    run.hooks.check_len(run.used + width)
    return text.ljust(width) if "-" in flags else text.rjust(width)


def _delegate(spec: _Spec, flags: str, width, precision, number, run: _Run):
    """Format one exact int/float with CPython's own ``%``: safe, since format and value are ours."""
    template = spec.template or _template(flags, width, precision, spec.code, run.is_bytes)
    if width or precision:
        run.hooks.check_len(run.used + max(width or 0, precision or 0))
    return template % (number,)


def _int_operand(value, code: str, hooks, is_bytes: bool):
    """The int a ``%d``/``%x``... conversion formats, per CPython's ``mainformatlong``/``formatlong``."""
    if isinstance(value, int):
        return exact_int(value)
    if type(value) is float and code not in "oxX":
        return int(value)
    if isinstance(value, complex) or type_defines(type(value), ("__index__", "__int__", "__float__")):
        try:
            return hooks.index(value) if code in "oxX" else hooks.int(value)
        except TypeError:
            pass
    kind = "an integer" if code in "oxX" else "a real number"
    if is_bytes and code == "i":
        code = "d"  # bytes formatting reports %i as %d
    raise TypeError(f"%{code} format: {kind} is required, not {type_name(value)}")


def _float_operand(value, hooks) -> float:
    """The float a ``%f``/``%e``/``%g`` conversion formats, per CPython's ``PyFloat_AsDouble``."""
    if type(value) is float:
        return value
    if isinstance(value, float):
        return float.__float__(value)
    if type(value) is int or type(value) is bool:
        return float(value)
    if type_defines(type(value), ("__float__", "__index__")):
        return hooks.float(value)
    raise TypeError("must be real number, not " + type_name(value, 50))


def _bytes_float_operand(value, hooks) -> float:
    """Bytes formatting turns every failure to get a float into one TypeError."""
    try:
        return _float_operand(value, hooks)
    except Exception:
        raise TypeError("float argument required, not " + type_name(value)) from None


def _char_code(value, hooks, message: str) -> int:
    """The code point of ``%c`` from an int or ``__index__``; TypeError ``message`` otherwise."""
    if isinstance(value, int):
        return exact_int(value)
    try:
        return hooks.index(value)
    except TypeError:
        raise TypeError(message) from None


def _str_char(value, hooks) -> str:
    """``%c`` of a str format: a one-character str or a code point."""
    if isinstance(value, str):
        if str.__len__(value) == 1:
            return str.__str__(value)
        raise TypeError("%c requires int or char")
    code = _char_code(value, hooks, "%c requires int or char")
    if not 0 <= code <= 0x10FFFF:
        raise OverflowError("%c arg not in range(0x110000)")
    return chr(code)


def _bytes_char(value, hooks) -> bytes:
    """``%c`` of a bytes format: a one-byte bytes/bytearray or an int in range(256)."""
    if isinstance(value, bytes) and bytes.__len__(value) == 1:
        return bytes.__getitem__(value, slice(None))
    if isinstance(value, bytearray) and bytearray.__len__(value) == 1:
        return bytes(bytearray.__getitem__(value, slice(None)))
    code = _char_code(value, hooks, "%c requires an integer in range(256) or a single byte")
    if not 0 <= code <= 255:
        raise OverflowError("%c arg not in range(256)")
    return bytes((code,))


def _as_bytes(value) -> bytes:
    """``%s``/``%b`` of a bytes format: bytes, bytearray, ``__bytes__`` or the buffer protocol."""
    if type(value) is bytes:
        return value
    if isinstance(value, bytes):
        return bytes.__getitem__(value, slice(None))
    if isinstance(value, bytearray):
        return bytes(bytearray.__getitem__(value, slice(None)))
    if type_defines(type(value), ("__bytes__",)):
        return bytes(value)
    try:
        return memoryview(value).tobytes()
    except TypeError:
        pass
    raise TypeError("%b requires a bytes-like object, or an object that implements __bytes__, "
                    f"not '{type_name(value, 100)}'")


def _unsupported(spec: _Spec, is_bytes: bool):
    """CPython's error for an unknown conversion character."""
    point = ord(spec.code)
    if is_bytes and point >= 0x80 and not spec.masked:
        # CPython's message for a non-ASCII byte differs between versions; let it speak for itself.
        (b"%" + bytes((point,))) % (0,)  # noqa: UP031
        raise ValueError("unsupported format character")
    shown = spec.code if is_bytes or 31 <= point <= 126 else "?"
    return ValueError(f"unsupported format character '{shown}' (0x{point:x}) at index {spec.index}")


def _convert_text(code: str, value, run: _Run):
    """``%s``/``%r``/``%a`` (and bytes ``%b``) through the sandbox's conversions."""
    hooks = run.hooks
    if run.is_bytes:
        return _as_bytes(value) if code in "sb" else hooks.ascii(value).encode("ascii")
    if code == "s":
        return value if type(value) is str else hooks.str(value)
    return hooks.repr(value) if code == "r" else hooks.ascii(value)


def _format_one(spec: _Spec, run: _Run) -> None:
    """Format one conversion into the output, in CPython's order: measure, take the value, convert, pad."""
    flags, width, precision = run.measure(spec)
    value = run.next_arg()
    code = spec.code
    if code in _INT_CODES:
        number = _int_operand(value, code, run.hooks, run.is_bytes)
        run.emit(_delegate(spec, flags, width, precision, number, run))
    elif code in _FLOAT_CODES:
        number = (_bytes_float_operand if run.is_bytes else _float_operand)(value, run.hooks)
        run.emit(_delegate(spec, flags, width, precision, number, run))
    elif code == "c":
        char = (_bytes_char if run.is_bytes else _str_char)(value, run.hooks)
        run.emit(_pad(char, width, flags, run))
    elif code in "sra" or (code == "b" and run.is_bytes):
        text = _convert_text(code, value, run)
        if precision is not None:
            text = text[:precision]
        run.emit(_pad(text, width, flags, run))
    else:
        raise _unsupported(spec, run.is_bytes)


NATIVE_TEXT = 512    # longest format CPython may expand itself (its verdict is cached)
NATIVE_WIDTH = 100   # widest field or precision it may pad to
NATIVE_CHARS = 4096  # most characters of str arguments it may copy in
_PLAIN = frozenset((str, int, float, bool, type(None)))
_SMALL_INT = 10**100


@lru_cache(maxsize=256)
def _native_ok(text: str) -> bool:
    """May CPython expand ``text`` itself, given plain arguments? Only with no ``%(key)``, no
    ``*``, no oversize width or precision, and no parse error: its output is then small and
    the same as ours, errors included."""
    for item in _parse(text, False):
        if type(item) is _Spec and (item.keyed or item.error is not None or item.width == "*"
                                    or item.precision == "*" or (item.width or 0) > NATIVE_WIDTH
                                    or (item.precision or 0) > NATIVE_WIDTH):
            return False
    return True


def _plain_values(args) -> bool:
    """Arguments CPython converts exactly as the sandbox does, and quickly: short strs, ints of
    at most 100 digits, floats, bools and None."""
    values = args if type(args) is tuple else (args,)
    chars = 0
    for value in values:
        cls = type(value)
        if cls not in _PLAIN or (cls is int and not -_SMALL_INT < value < _SMALL_INT):
            return False
        if cls is str:
            chars += len(value)
    return chars <= NATIVE_CHARS


def percent_format(fmt, args, hooks):
    """``fmt % args`` for a str, bytes or bytearray ``fmt``, with the sandbox's limits and conversions."""
    is_bytes = not isinstance(fmt, str)
    if is_bytes:
        text = _as_bytes(fmt).decode("latin-1")
    else:
        text = fmt if type(fmt) is str else str.__str__(fmt)
        if len(text) <= NATIVE_TEXT and _plain_values(args) and _native_ok(text):
            return text % args
    hooks.fields(text.count("%"))
    run = _Run(args, hooks, is_bytes)
    for item in _parse(text, is_bytes):
        if type(item) is _Spec:
            _format_one(item, run)
        else:
            run.out.append(item)
            run.used += len(item)
    if run.argidx < run.arglen and run.mapping is None:
        kind = "bytes" if is_bytes else "string"
        raise TypeError(f"not all arguments converted during {kind} formatting")
    hooks.check_len(run.used)
    if not is_bytes:
        return "".join(run.out)
    result = b"".join(run.out)
    return bytearray(result) if isinstance(fmt, bytearray) else result

"""The hooks ``formatting.py`` calls back into: gated lookups, program conversions, limits."""

from __future__ import annotations

from . import context
from .reprs import to_ascii, to_repr, to_str

MAX_FORMAT_WIDTH = 10_000  # widest field or longest precision a format spec may ask for
FIELD_OPS = 40             # operations one expanded field costs (measured: about 4 us)
FIELD_BYTES = 320          # memory a parsed field holds while the format is expanded


class _Hooks:
    """One shared instance; everything per-run is read from the active run."""

    @property
    def max_width(self) -> int:
        if context.meter().memory is None:
            return 1 << 62
        return MAX_FORMAT_WIDTH

    def getattr(self, obj, name):
        from .gate import get_attribute
        return get_attribute(obj, name)

    def getitem(self, obj, key):
        return obj[key]

    def str(self, obj) -> str:
        return to_str(obj)

    def repr(self, obj) -> str:
        return to_repr(obj)

    def ascii(self, obj) -> str:
        return to_ascii(obj)

    def format_object(self, obj, spec: str) -> str:
        return format_object(obj, spec)

    def index(self, obj):
        return obj.__index__() if hasattr(type(obj), "__index__") else _not_int(obj)

    def int(self, obj):
        return int(obj)

    def float(self, obj):
        return float(obj)

    def fields(self, count: int) -> None:
        """A format of ``count`` fields is about to be expanded: its cost, paid up front."""
        if count > 64:
            meter = context.meter()
            meter.check_size(count * FIELD_BYTES)
            meter.charge(count * FIELD_OPS)

    def limit(self, message: str):
        raise context.meter().stop("MemoryError", message)

    def check_len(self, n: int) -> None:
        context.meter().check_size(n)


def _not_int(obj):
    raise TypeError(f"'{type(obj).__name__}' object cannot be interpreted as an integer")


def format_object(obj, spec: str) -> str:
    """``format(obj, spec)`` for values that are not builtin scalars."""
    cls = type(obj)
    owner = next((k for k in cls.__mro__ if "__format__" in k.__dict__), object)
    if owner in _SCALAR_BASES:  # a program subclass of str/int/float: formatted as its base
        from .formatting import format_value
        return format_value(_SCALAR_BASES[owner](obj), spec, _HOOKS)
    if owner is not object and getattr(owner, "__edge_user__", False):
        result = cls.__format__(obj, spec)
        if not isinstance(result, str):
            raise TypeError(f"__format__ must return a str, not {type(result).__name__}")
        return result
    if spec:
        from .types import type_of
        raise TypeError(f"unsupported format string passed to {type_of(obj).__name__}.__format__")
    return to_str(obj)


_SCALAR_BASES = {str: str.__str__, int: int.__index__, float: float.__float__,
                 complex: lambda value: complex(value.real, value.imag)}  # no __complex__ on 3.10

_HOOKS = _Hooks()


def hooks() -> _Hooks:
    return _HOOKS

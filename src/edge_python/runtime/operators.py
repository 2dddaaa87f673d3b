"""Explicitly called operator dunders of builtin values (``s.__mul__(n)``), with the same checks
as the operators themselves, so that spelling an operation as a method call gains nothing."""

from __future__ import annotations

from . import ops
from .reprs import to_repr, to_str


def _base(obj) -> type:
    for base in type(obj).__mro__:
        if base.__module__ == "builtins" and base is not object:
            return base
    return object


def _checked(check, name: str):
    def method(self, other):
        check(self, other)
        return getattr(_base(self), name)(self, other)
    method.__name__ = name
    return method


def _size_of_sum(self, other) -> None:
    if isinstance(self, (str, bytes, list, tuple)) and isinstance(other, (str, bytes, list, tuple)):
        from . import context
        context.meter().check_size((len(self) + len(other)) * 8)


def _repeat(self, other) -> None:
    if isinstance(self, (str, bytes, list, tuple)) and hasattr(type(other), "__index__"):
        ops.current().check_repeat(self, other)
    elif type(self) is int and type(other) is int:
        ops.current().mul(self, other)


def _power(self, other) -> None:
    if type(self) is int and type(other) is int:
        ops.current().power(self, other)


def _rpower(self, other) -> None:
    if type(self) is int and type(other) is int:
        ops.current().power(other, self)


def _shift(self, other) -> None:
    if type(self) is int and type(other) is int:
        ops.current().lshift(self, other)


def _rshift(self, other) -> None:
    if type(self) is int and type(other) is int:
        ops.current().lshift(other, self)


def _mod(self, other):
    if isinstance(self, (str, bytes)):
        return ops.current().mod(self, other)
    return _base(self).__mod__(self, other)


def _format(self, spec=""):
    from .formatting import format_value
    from .hooks import hooks
    return format_value(self, spec, hooks())


DUNDER_IMPLEMENTATIONS = {
    "__add__": _checked(_size_of_sum, "__add__"),
    "__radd__": _checked(_size_of_sum, "__radd__"),
    "__iadd__": _checked(_size_of_sum, "__iadd__"),
    "__mul__": _checked(_repeat, "__mul__"),
    "__rmul__": _checked(_repeat, "__rmul__"),
    "__imul__": _checked(_repeat, "__imul__"),
    "__pow__": _checked(_power, "__pow__"),
    "__rpow__": _checked(_rpower, "__rpow__"),
    "__ipow__": _checked(_power, "__ipow__"),
    "__lshift__": _checked(_shift, "__lshift__"),
    "__rlshift__": _checked(_rshift, "__rlshift__"),
    "__ilshift__": _checked(_shift, "__ilshift__"),
    "__mod__": lambda self, other: _mod(self, other),
    "__rmod__": _checked(lambda self, other: None, "__rmod__"),
    "__imod__": lambda self, other: _mod(self, other),
    "__format__": _format,
    "__repr__": lambda self: to_repr(self),
    "__str__": lambda self: to_str(self),
}

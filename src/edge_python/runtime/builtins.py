"""The builtins a program can name: CPython's, made safe, plus Edge's extensions.

Each entry is either a real CPython object that cannot reach past the sandbox (``len``, ``abs``,
``int``, ``range``, exception classes), a proxy type (``types.py``), or a function here that
checks what it is given. Builtins that need the run (``print``, ``input``, ``globals`` ...) are
made per run by ``namespace.py``; everything here is shared and stateless.

Not provided, on purpose: ``eval``, ``exec``, ``compile``, ``open``, ``__import__``, ``help``,
``exit``, ``quit``, ``breakpoint``, ``memoryview``, ``bytearray``.
"""

from __future__ import annotations

import builtins as _host
import math

from . import bounded, context, gate, ops
from .reprs import object_hash, object_id, to_ascii, to_repr, to_str
from .sets import FrozenSet, Set
from .types import (
    ProxyMeta,
    _make,
    bytes_type,
    dict_type,
    int_type,
    list_type,
    object_type,
    str_type,
    tuple_type,
    type_type,
)

_MISSING = object()
# -- attributes -------------------------------------------------------------------------------------
def _name(name) -> str:
    if type(name) is not str:
        if isinstance(name, str):
            return str.__str__(name)
        raise TypeError(f"attribute name must be string, not '{type(name).__name__}'")
    return name


def getattr_(obj, name, default=_MISSING, /):
    try:
        return gate.get_attribute(obj, _name(name))
    except AttributeError:
        if default is _MISSING:
            raise
        return default


def hasattr_(obj, name, /) -> bool:
    try:
        gate.get_attribute(obj, _name(name))
    except AttributeError:
        return False
    return True


def setattr_(obj, name, value, /) -> None:
    gate.set_attribute(obj, _name(name), value)


def delattr_(obj, name, /) -> None:
    gate.delete_attribute(obj, _name(name))


def vars_(*args):
    if not args:
        raise TypeError("vars() without an argument is not supported in Edge Python; use locals()")
    if len(args) > 1:
        raise TypeError(f"vars expected at most 1 argument, got {len(args)}")
    try:
        return gate.get_attribute(args[0], "__dict__")
    except AttributeError:
        raise TypeError("vars() argument must have __dict__ attribute") from None


# -- conversions ------------------------------------------------------------------------------------
def repr_(obj, /) -> str:
    return to_repr(obj)


def ascii_(obj, /) -> str:
    return to_ascii(obj)


def format_(value, format_spec="", /) -> str:
    from .formatting import format_value
    from .hooks import hooks
    if type(format_spec) is not str:
        raise TypeError(f"format() argument 2 must be str, not {type(format_spec).__name__}")
    return format_value(value, format_spec, hooks())


def id_(obj, /) -> int:
    return object_id(obj)


def hash_(obj, /) -> int:
    return object_hash(obj)


def pow_(base, exp, mod=None):
    return ops.current().power(base, exp, mod)


# -- iteration --------------------------------------------------------------------------------------
def iter_(obj, sentinel=_MISSING, /):
    if sentinel is _MISSING:
        return iter(bounded.ticking(obj)) if type(obj) is range else iter(obj)
    if not callable(obj):
        raise TypeError("iter(v, w): v must be callable")
    return _call_until(obj, sentinel, context.meter().loop)


def _call_until(func, sentinel, ticks):
    for _ in ticks:
        value = func()
        if value == sentinel:
            return
        yield value


def sum_(iterable, /, start=0):
    if isinstance(start, (str, bytes)):
        raise TypeError(f"sum() can't sum {'strings' if isinstance(start, str) else 'bytes'} "
                        f"[use ''.join(seq) instead]")
    if type(start) in (int, float, bool, complex):
        return sum(bounded.iterate(iterable, keep=False), start)
    total = start
    add = ops.current().add
    for item in bounded.iterate(iterable):
        total = add(total, item)
    return total


def min_(*args, **kwargs):
    if len(args) > 1 and not kwargs:
        return min(args)
    return _extreme(min, "min", args, kwargs)


def max_(*args, **kwargs):
    if len(args) > 1 and not kwargs:
        return max(args)
    return _extreme(max, "max", args, kwargs)


def _extreme(func, name, args, kwargs):
    if len(args) == 1:
        return func(bounded.iterate(args[0], keep=False), **kwargs)
    if not args:
        raise TypeError(f"{name} expected at least 1 argument, got 0")
    if "default" in kwargs:
        raise TypeError(f"Cannot specify a default for {name}() with multiple positional arguments")
    return func(*args, **kwargs)


def sorted_(iterable, /, *, key=None, reverse=False):
    items = list(bounded.iterate(iterable)) if type(iterable) is not list else list(iterable)
    if len(items) > 64:
        context.meter().charge(len(items) * max(1, len(items).bit_length() // 4))
    items.sort(key=key, reverse=reverse)
    return items


def all_(iterable, /) -> bool:
    return all(bounded.iterate(iterable, keep=False))


def any_(iterable, /) -> bool:
    return any(bounded.iterate(iterable, keep=False))


def _iterables(args):
    return [bounded.ticking(a) for a in args]


def _new_map(func, *iterables):
    if not iterables:
        raise TypeError("map() must have at least two arguments.")
    if func is str_type:
        func = to_str
    return map(func, *_iterables(iterables))


def _new_filter(func, iterable, /):
    return filter(func, bounded.ticking(iterable))


def _new_zip(*iterables, strict=False):
    if strict:
        return zip(*_iterables(iterables), strict=True)
    return zip(*_iterables(iterables))


def _new_enumerate(iterable, start=0):
    return enumerate(bounded.ticking(iterable), start)


def _new_reversed(seq, /):
    if type(seq) is range:
        return iter(bounded.ticking(seq[::-1]))
    return reversed(seq)


map_type = _make(map, "map", _new_map)
filter_type = _make(filter, "filter", _new_filter)
zip_type = _make(zip, "zip", _new_zip)
enumerate_type = _make(enumerate, "enumerate", _new_enumerate)
reversed_type = _make(reversed, "reversed", _new_reversed)


# -- Edge extensions --------------------------------------------------------------------------------
def bytes_fromhex(text, /) -> bytes:
    if not isinstance(text, str):
        raise TypeError(f"bytes_fromhex() argument must be a string, not {type(text).__name__}")
    return bytes.fromhex(text)


def int_from_bytes(data, byteorder="big", /) -> int:
    if not isinstance(data, bytes):
        raise TypeError(f"int_from_bytes() first arg must be bytes, not {type(data).__name__}")
    if byteorder not in ("big", "little"):
        raise ValueError("int_from_bytes() byteorder must be 'big' or 'little'")
    ops.current().check_bits(8 * len(data))
    return int.from_bytes(data, byteorder)


def int_to_bytes(value, length, byteorder="big", /) -> bytes:
    if not isinstance(value, int):
        raise TypeError(f"int_to_bytes() first arg must be int, not {type(value).__name__}")
    if byteorder not in ("big", "little"):
        raise ValueError("int_to_bytes() byteorder must be 'big' or 'little'")
    bounded.check_bytes(length if isinstance(length, int) else 0)
    return value.to_bytes(length, byteorder)


class CancelledError(BaseException):
    """Edge's cancellation signal: not an Exception, so ``except Exception`` lets it pass."""


CancelledError.__module__ = "builtins"

_EXCEPTIONS = """BaseException Exception ArithmeticError AssertionError AttributeError EOFError
FloatingPointError GeneratorExit ImportError ModuleNotFoundError IndexError KeyError
KeyboardInterrupt LookupError MemoryError NameError NotImplementedError OSError OverflowError
RecursionError ReferenceError RuntimeError StopIteration StopAsyncIteration SyntaxError
IndentationError TabError SystemExit TimeoutError TypeError UnboundLocalError UnicodeError
UnicodeDecodeError UnicodeEncodeError UnicodeTranslateError ValueError ZeroDivisionError
PermissionError FileNotFoundError FileExistsError ConnectionError BufferError SystemError
EnvironmentError IsADirectoryError NotADirectoryError InterruptedError BlockingIOError
ChildProcessError ProcessLookupError BrokenPipeError ConnectionAbortedError
ConnectionRefusedError ConnectionResetError UnicodeWarning BytesWarning ResourceWarning
ImportWarning PendingDeprecationWarning Warning UserWarning DeprecationWarning RuntimeWarning
SyntaxWarning FutureWarning""".split()


def _functions() -> dict:
    table = {
        "abs": abs, "bin": bin, "callable": callable, "chr": chr, "divmod": divmod, "hex": hex,
        "isinstance": isinstance, "issubclass": issubclass, "len": len, "next": next, "oct": oct,
        "ord": ord, "round": round, "aiter": _host.aiter, "anext": _host.anext,
        "getattr": getattr_, "hasattr": hasattr_, "setattr": setattr_, "delattr": delattr_,
        "vars": vars_, "repr": repr_, "ascii": ascii_, "format": format_, "id": id_,
        "hash": hash_, "pow": pow_, "iter": iter_, "sum": sum_, "min": min_, "max": max_,
        "sorted": sorted_, "all": all_, "any": any_,
        "bytes_fromhex": bytes_fromhex, "int_from_bytes": int_from_bytes,
        "int_to_bytes": int_to_bytes,
    }
    for name, func in table.items():
        if getattr(func, "__module__", None) == __name__:
            func.__name__ = func.__qualname__ = name
    return table


def _types() -> dict:
    return {
        "int": int_type, "float": float, "bool": bool, "complex": complex, "range": range,
        "slice": slice, "property": property, "classmethod": classmethod,
        "staticmethod": staticmethod, "super": super, "set": Set, "frozenset": FrozenSet,
        "str": str_type, "list": list_type, "tuple": tuple_type, "dict": dict_type,
        "bytes": bytes_type, "object": object_type, "type": type_type, "map": map_type,
        "filter": filter_type, "zip": zip_type, "enumerate": enumerate_type,
        "reversed": reversed_type,
    }


def shared_table() -> dict:
    """Every builtin that does not depend on the run."""
    table = _functions()
    table.update(_types())
    for name in _EXCEPTIONS:
        table[name] = getattr(_host, name)
    table["IOError"] = OSError
    table["CancelledError"] = CancelledError
    table["NotImplemented"] = NotImplemented
    table["Ellipsis"] = Ellipsis
    return table


SHARED = shared_table()
assert all(not isinstance(v, ProxyMeta) or v.__module__ == "builtins" for v in SHARED.values())
del math

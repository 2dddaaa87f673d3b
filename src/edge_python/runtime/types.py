"""The builtin type objects a program sees: real types where that is safe, proxies elsewhere.

Handing a program CPython's real ``list`` or ``bytes`` type would let it build huge objects in
one C call (``list(range(10**10))``, ``bytes(10**12)``), and handing it ``type(f)`` for a
function would hand it the constructor of functions. So the program's ``list`` is a *proxy*: a
subclass of the real type whose metaclass checks construction, answers ``isinstance`` for real
lists, and prints as ``<class 'list'>``. ``type_of`` maps real types back to proxies, so
``type([]) is list`` holds. Types whose constructors are harmless (``int``, ``range`` ...) are
exposed as they are. Any other host type a value can have (functions, generators, iterators)
gets an *opaque* proxy that cannot be called or walked.
"""

from __future__ import annotations

import math
import types

from . import bounded, context
from .errors import PROGRAM_FILE
from .reprs import USER_MARK, to_str
from .sets import FrozenSet, Set

NoneType = type(None)


class ProxyMeta(type):
    """Metaclass of proxies: construction goes through ``__edge_new__``; isinstance through
    ``__edge_real__``, the real type (or types) the proxy stands for."""

    def __call__(cls, *args, **kwargs):
        return cls.__edge_new__(*args, **kwargs)

    def __instancecheck__(cls, obj) -> bool:
        return cls.__edge_check__(obj)

    def __subclasscheck__(cls, sub) -> bool:
        if isinstance(sub, ProxyMeta):
            sub = sub.__edge_real__
        if not isinstance(sub, type):
            raise TypeError("issubclass() arg 1 must be a class")
        real = cls.__edge_real__
        if real is dict and issubclass(sub, (Set, FrozenSet)):
            return False
        return issubclass(sub, real)

    def __repr__(cls) -> str:
        return f"<class '{cls.__name__}'>"


def _make(real: type, name: str, new, check=None, base: bool = True) -> type:
    """A proxy class for ``real``; ``base`` makes it a subclass of ``real`` (for isinstance by
    C code and for ``issubclass(proxy, real)``)."""
    namespace = {
        "__edge_real__": real,
        "__edge_new__": staticmethod(new),
        "__edge_check__": staticmethod(check or (lambda obj: isinstance(obj, real))),
        "__module__": "builtins",
        "__qualname__": name,
    }
    bases = (real,) if base else (object,)
    try:
        return ProxyMeta(name, bases, namespace)
    except TypeError:  # real cannot be subclassed (function, generator, ...)
        return ProxyMeta(name, (object,), namespace)


def _opaque_new(name: str):
    def new(*args, **kwargs):
        raise TypeError(f"cannot create '{name}' instances")
    return new


# -- constructors with limits -----------------------------------------------------------------------
_TEXT_ENCODINGS = {"utf-8", "utf8", "utf_8", "u8", "ascii", "us-ascii", "latin-1", "latin1",
                   "iso-8859-1", "iso8859-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
                   "utf-32-le", "utf-32-be", "cp1252"}
_ERRORS = {"strict", "ignore", "replace", "backslashreplace", "surrogateescape",
           "surrogatepass", "xmlcharrefreplace", "namereplace"}


# bytes of output per unit of input, at most: an error handler can write a long escape per unit
_AMPLIFY = {"strict": 4, "ignore": 4, "replace": 4, "surrogateescape": 4, "surrogatepass": 4,
            "backslashreplace": 10, "xmlcharrefreplace": 10, "namereplace": 90}


def check_codec(encoding, errors="strict", size: int = 0) -> None:
    """Only text codecs: a codec name is a lookup in the host's codec registry. ``size`` units
    of input are checked against the memory limit, and charged one operation each when an error
    handler may run once per unit."""
    if not isinstance(encoding, str):
        raise TypeError(f"encoding must be str, not {type(encoding).__name__}")
    if encoding.lower().replace("_", "-") not in _TEXT_ENCODINGS and encoding.lower() not in _TEXT_ENCODINGS:
        raise LookupError(f"unknown encoding: {encoding}")
    if not isinstance(errors, str):
        raise TypeError(f"errors must be str, not {type(errors).__name__}")
    if errors not in _ERRORS:
        raise LookupError(f"unknown error handler name '{errors}'")
    if size > 4096:
        meter = context.meter()
        meter.check_size(size * _AMPLIFY[errors])
        meter.charge(size >> 4 if errors == "strict" else 3 * size)  # a handler: ~200 ns a unit


CODEC_CHUNK = 1 << 18  # units coded between two reads of the clock, with a slow handler
_CHUNKED = {"ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"}


def transcode(data, encoding, errors: str, decoding: bool):
    """``data.decode(...)`` or ``.encode(...)``, checked; with an error handler (about 200 ns a
    unit) a long input is coded in chunks so that the time limit can stop it part way. These
    handlers never raise, so no error position could tell the chunks apart."""
    check_codec(encoding, errors, len(data))
    if len(data) <= CODEC_CHUNK or errors not in _CHUNKED \
            or encoding.lower().replace("_", "-") in ("utf-16", "utf-32"):  # a BOM decides
        return str(data, encoding, errors) if decoding else str.encode(data, encoding, errors)
    import codecs
    coder = (codecs.getincrementaldecoder(encoding) if decoding
             else codecs.getincrementalencoder(encoding))(errors)
    step = coder.decode if decoding else coder.encode
    meter = context.meter()
    parts = []
    for start in range(0, len(data), CODEC_CHUNK):
        meter.check_clock()
        parts.append(step(data[start:start + CODEC_CHUNK]))
    parts.append(step(data[:0], True))
    return ("" if decoding else b"").join(parts)


def new_str(*args, **kwargs):
    if kwargs or len(args) > 1:
        return _str_decode(*args, **kwargs)
    if not args:
        return ""
    value = args[0]
    if type(value) is str and len(value) > 4096:
        bounded.charge_copy(len(value))
    return to_str(value)


def _str_decode(obj=b"", encoding="utf-8", errors="strict"):
    if type(obj) is bytes and isinstance(encoding, str) and isinstance(errors, str):
        return transcode(obj, encoding, errors, True)
    check_codec(encoding, errors, len(obj) if isinstance(obj, (bytes, bytearray)) else 0)
    return str(obj, encoding, errors)


_NO_VALUE = object()


def new_int(x=_NO_VALUE, /, base=_NO_VALUE):
    """``int``: a digit string in a power-of-two base escapes CPython's own digit limit, so its
    size is checked against the run's ``int_digits`` first."""
    if base is _NO_VALUE:
        return 0 if x is _NO_VALUE else int(x)
    if x is _NO_VALUE:
        raise TypeError("int() missing string argument")
    if isinstance(x, (str, bytes, bytearray)) and len(x) > 64 and type(base) is int:
        from . import ops
        ops.current().check_bits(int(len(x) * math.log2(base if 2 <= base <= 36 else 16)))
    return int(x, base)


def new_list(iterable=(), /):
    if type(iterable) in (list, tuple, str, dict):
        bounded.check_copy(iterable)
        return list(iterable)
    return list(bounded.iterate(iterable))


def new_tuple(iterable=(), /):
    if type(iterable) is tuple:
        return iterable
    if type(iterable) in (list, str, dict):
        bounded.check_copy(iterable)
        return tuple(iterable)
    return tuple(bounded.iterate(iterable))


def new_dict(*args, **kwargs):
    if len(args) > 1:
        raise TypeError(f"dict expected at most 1 argument, got {len(args)}")
    if not args:
        return dict(**kwargs)
    source = args[0]
    if isinstance(source, (Set, FrozenSet)) or not hasattr(type(source), "keys"):
        source = bounded.iterate(source)
    elif not isinstance(source, dict):
        keys = source.keys()
        source = {k: source[k] for k in bounded.iterate(keys)}
    result = dict(source)
    if kwargs:
        result.update(kwargs)
    return result


def new_bytes(*args, **kwargs):
    if not args and not kwargs:
        return b""
    source = args[0] if args else kwargs.get("source", b"")
    if isinstance(source, str):
        encoding = args[1] if len(args) > 1 else kwargs.get("encoding")
        errors = args[2] if len(args) > 2 else kwargs.get("errors", "strict")
        if encoding is None:
            raise TypeError("string argument without an encoding")
        if type(source) is str and isinstance(errors, str):
            return transcode(source, encoding, errors, False)
        check_codec(encoding, errors, len(source))
        return bytes(source, encoding, errors)
    if len(args) > 1 or kwargs:
        raise TypeError("encoding without a string argument")
    if type(source) is int or type(source) is bool:
        if source < 0:
            raise ValueError("negative count")
        bounded.check_bytes(source)
        return bytes(source)
    if type(source) in (bytes, list, tuple):
        return bytes(source)
    if hasattr(type(source), "__bytes__") or hasattr(type(source), "__index__"):
        return bytes(source)
    return bytes(bounded.iterate(source))


class PlainObject:
    """What ``object()`` returns: a featureless object with a deterministic repr."""

    __slots__ = ()

    def __repr__(self) -> str:
        from .reprs import address
        return f"<object object at {address(self)}>"


PlainObject.__module__ = "builtins"
PlainObject.__qualname__ = PlainObject.__name__ = "object"


def _type_new(*args, **kwargs):
    if len(args) == 1 and not kwargs:
        return type_of(args[0])
    if len(args) == 3:
        raise TypeError("type() with three arguments (creating classes dynamically) is not "
                        "supported in Edge Python; use a class statement")
    raise TypeError("type() takes 1 or 3 arguments")


# -- the proxies --------------------------------------------------------------------------------------
def is_dict(obj) -> bool:
    """``isinstance(obj, dict)`` as programs see it: our sets are dicts underneath."""
    return isinstance(obj, dict) and not isinstance(obj, (Set, FrozenSet))


str_type = _make(str, "str", new_str)
int_type = _make(int, "int", new_int)
list_type = _make(list, "list", new_list)
tuple_type = _make(tuple, "tuple", new_tuple)
dict_type = _make(dict, "dict", new_dict, check=is_dict)
bytes_type = _make(bytes, "bytes", new_bytes)
object_type = _make(object, "object", lambda: PlainObject(), check=lambda obj: True, base=False)
type_type = _make(type, "type", _type_new, check=lambda obj: isinstance(obj, type), base=False)

# real type -> what type() shows the program
_SHOWN: dict[type, type] = {
    str: str_type, int: int_type, list: list_type, tuple: tuple_type, dict: dict_type, bytes: bytes_type,
    object: object_type, type: type_type, ProxyMeta: type_type, PlainObject: object_type,
}
for _safe in (float, bool, complex, range, slice, NoneType, type(...), type(NotImplemented),
              property, classmethod, staticmethod, super, Set, FrozenSet):
    _SHOWN[_safe] = _safe

# proxies -> the real type that stands behind them (for class bases and isinstance)
REAL = {proxy: real for real, proxy in _SHOWN.items() if proxy is not real}
REAL[object_type] = object
REAL[type_type] = type


def type_of(obj) -> type:
    """``type(obj)`` as the program sees it."""
    cls = type(obj)
    if cls is types.FunctionType and obj.__code__.co_filename != PROGRAM_FILE:
        return opaque(types.BuiltinFunctionType)
    shown = _SHOWN.get(cls)
    if shown is not None:
        return shown
    if getattr(cls, USER_MARK, False) or (issubclass(cls, BaseException) and cls.__module__ == "builtins"):
        return cls
    if cls.__module__ == "builtins" and isinstance(cls, ProxyMeta):
        return cls
    alias = getattr(cls, "__edge_shown_as__", None)
    return opaque(alias if alias is not None else cls)


def shown_type(cls: type) -> type:
    """What the program sees for a class found in an MRO or in ``__bases__``."""
    shown = _SHOWN.get(cls)
    if shown is not None:
        return shown
    if getattr(cls, USER_MARK, False) or (issubclass(cls, BaseException) and cls.__module__ == "builtins"):
        return cls
    return opaque(cls)


def opaque(cls: type) -> type:
    """An uncallable, attribute-less stand-in for a host type (created once per type)."""
    shown = _SHOWN.get(cls)
    if shown is None:
        name = _OPAQUE_NAMES.get(cls, cls.__name__)
        shown = _make(cls, name, _opaque_new(name), base=False)
        _SHOWN[cls] = shown
    return shown


_OPAQUE_NAMES = {type(str.upper): "method_descriptor", types.FunctionType: "function",
                 types.BuiltinFunctionType: "builtin_function_or_method",
                 types.MethodType: "method", types.GeneratorType: "generator",
                 types.CoroutineType: "coroutine", types.AsyncGeneratorType: "async_generator"}


def is_proxy(obj) -> bool:
    return isinstance(obj, ProxyMeta)

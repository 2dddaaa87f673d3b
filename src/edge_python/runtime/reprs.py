"""Program-level ``repr``, ``str``, ``ascii``, ``id`` and ``hash``: deterministic in every process.

CPython's own reprs of functions, generators and plain instances print memory addresses, and its
str/bytes hashes change with the hash seed. Program code reaches these conversions only through
the functions here: ``id()`` is a per-run counter, addresses in reprs are ids, hashes of strings
are FNV-1a. Containers are walked here too, so an element's repr always comes from these rules,
and so that a repr that would not fit the memory limit is refused as it grows.
"""

from __future__ import annotations

import types
from hashlib import blake2b

from . import context
from .errors import PROGRAM_FILE
from .sets import FrozenSet, Set, SetBase

NoneType = type(None)
_SCALAR_REPR = {int: int.__repr__, float: float.__repr__, str: str.__repr__, bool: bool.__repr__,
                NoneType: lambda _: "None", bytes: bytes.__repr__, complex: complex.__repr__,
                range: range.__repr__, type(...): lambda _: "Ellipsis",
                type(NotImplemented): lambda _: "NotImplemented"}
_SCALAR_STR = {str: str.__str__, int: int.__repr__, float: float.__repr__, bool: bool.__repr__,
               NoneType: lambda _: "None", complex: complex.__repr__}

ID_BASE = 0x1000
ID_STEP = 0x10

USER_MARK = "__edge_user__"  # class attribute set on every class a program defines


def object_id(obj) -> int:
    """The program-visible ``id()``: the order in which the run first asked about an object."""
    run = context.current()
    ids = run.ids
    key = id(obj)
    found = ids.get(key)
    if found is not None:
        return found[0]
    value = ID_BASE + ID_STEP * (len(ids) + 1)
    ids[key] = (value, obj)  # keeping obj alive keeps its host id from being reused
    return value


def address(obj) -> str:
    return f"0x{object_id(obj):x}"


# -- repr -------------------------------------------------------------------------------------------
def to_repr(obj) -> str:
    """``repr(obj)`` as the program sees it."""
    cls = type(obj)
    fast = _SCALAR_REPR.get(cls)
    if fast is not None:
        if cls is str and len(obj) > 65536:  # a repr can be four times longer than its str
            context.meter().check_size(len(obj) * 4)
        return fast(obj)
    return _Repr(context.current()).repr(obj)


def to_str(obj) -> str:
    """``str(obj)`` as the program sees it."""
    cls = type(obj)
    fast = _SCALAR_STR.get(cls)
    if fast is not None:
        return fast(obj)
    if isinstance(obj, BaseException):
        return exception_str(obj)
    if getattr(cls, USER_MARK, False):
        result = str(obj)
        if type(result) is not str:  # a str subclass from a user __str__
            result = str.__str__(result)
        return result
    if isinstance(obj, str):
        return str.__str__(obj)
    return to_repr(obj)


def to_ascii(obj) -> str:
    text = to_repr(obj)
    if text.isascii():
        return text
    return text.encode("ascii", "backslashreplace").decode("ascii")


def exception_str(exc: BaseException) -> str:
    cls = type(exc)
    if cls.__str__ is not BaseException.__str__ and getattr(cls, USER_MARK, False):
        result = cls.__str__(exc)
        if not isinstance(result, str):
            raise TypeError(f"__str__ returned non-string (type {type(result).__name__})")
        return result
    return base_exception_str(exc)


_PLAIN_ARGS = (str, int, float, bool, bytes, type(None))


def base_exception_str(exc: BaseException) -> str:
    """``str(exc)`` by the rules of its builtin class, whatever the program's class says."""
    cls = type(exc)
    native = next((k for k in cls.__mro__ if not getattr(k, USER_MARK, False)), BaseException)
    if isinstance(exc, OSError) and exc.errno is not None:
        text = f"[Errno {to_str(exc.errno)}] {to_str(exc.strerror)}"
        if exc.filename is not None:
            text += f": {to_repr(exc.filename)}"
            if exc.filename2 is not None:
                text += f" -> {to_repr(exc.filename2)}"
        return text
    if native.__str__ is not BaseException.__str__ and native is not KeyError \
            and all(type(a) in _PLAIN_ARGS for a in exc.args):
        return native.__str__(exc)  # UnicodeError, ImportError ...: their own rendering
    if isinstance(exc, KeyError) and len(exc.args) == 1:
        return to_repr(exc.args[0])
    args = exc.args
    if not args:
        return ""
    if len(args) == 1:
        return to_str(args[0])
    return to_repr(args)


def exception_repr(exc: BaseException) -> str:
    """``repr(exc)`` by the rules of BaseException (for ``super().__repr__()``)."""
    name = type(exc).__name__
    args = exc.args
    if len(args) == 1:
        return f"{name}({to_repr(args[0])})"
    return name + to_repr(tuple(args))


def repr_set(obj) -> str:
    return _Repr(context.current()).repr(obj)


class _Repr:
    """One repr computation: tracks containers on the way down (``[...]``) and total size."""

    def __init__(self, run) -> None:
        self.active: set[int] = set()
        self.meter = run.meter
        self.size = 0

    def repr(self, obj) -> str:
        cls = type(obj)
        fast = _SCALAR_REPR.get(cls)
        if fast is not None:
            return fast(obj)
        method = _CONTAINERS.get(cls)
        if method is not None:
            key = id(obj)
            if key in self.active:
                return _RECURSIVE[cls]
            self.active.add(key)
            try:
                return method(self, obj)
            finally:
                self.active.discard(key)
        return self.other(obj, cls)

    def grow(self, count: int) -> None:
        self.size += count
        if count > 64:
            self.meter.charge(count)
        self.meter.check_size(self.size * 64)  # each item's repr is a new str object

    def items(self, values) -> str:
        self.grow(len(values))
        return ", ".join([self.repr(v) for v in values])

    def list(self, obj) -> str:
        return "[" + self.items(obj) + "]"

    def tuple(self, obj) -> str:
        if len(obj) == 1:
            return "(" + self.repr(obj[0]) + ",)"
        return "(" + self.items(obj) + ")"

    def dict(self, obj) -> str:
        self.grow(len(obj))
        parts = [self.repr(k) + ": " + self.repr(v) for k, v in obj.items()]
        return "{" + ", ".join(parts) + "}"

    def set(self, obj) -> str:
        if not obj:
            return "set()" if isinstance(obj, Set) else "frozenset()"
        body = "{" + self.items(list(obj)) + "}"
        return body if isinstance(obj, Set) else "frozenset(" + body + ")"

    def view(self, obj) -> str:
        name = type(obj).__name__
        return f"{name}([" + self.items(list(obj)) + "])"

    def other(self, obj, cls) -> str:
        if isinstance(obj, SetBase):
            if cls in (Set, FrozenSet) or cls.__repr__ is SetBase.__repr__:
                key = id(obj)
                if key in self.active:
                    return f"{cls.__name__}(...)"
                self.active.add(key)
                try:
                    text = self.set(obj)
                    return text if cls in (Set, FrozenSet) else f"{cls.__name__}({text})"
                finally:
                    self.active.discard(key)
        if isinstance(obj, BaseException) and not _user_repr(cls):
            return cls.__name__ + self.tuple(obj.args) if len(obj.args) != 1 else \
                f"{cls.__name__}({self.repr(obj.args[0])})"
        if getattr(cls, USER_MARK, False) or isinstance(obj, type):
            result = repr(obj)
            if type(result) is not str:
                result = str.__str__(result)
            return result
        describe = _DESCRIBERS.get(cls)
        if describe is not None:
            return describe(obj)
        custom = getattr(cls, "__edge_repr__", None)
        if custom is not None:
            return custom(obj)
        return f"<{cls.__name__} object at {address(obj)}>"


def _user_repr(cls) -> bool:
    return cls.__repr__ is not BaseException.__repr__ and getattr(cls, USER_MARK, False)


_CONTAINERS = {list: _Repr.list, tuple: _Repr.tuple, dict: _Repr.dict,
               type({}.keys()): _Repr.view, type({}.values()): _Repr.view,
               type({}.items()): _Repr.view, Set: _Repr.set, FrozenSet: _Repr.set}
_RECURSIVE = {list: "[...]", tuple: "(...)", dict: "{...}", Set: "set(...)",
              FrozenSet: "frozenset(...)", type({}.keys()): "...", type({}.values()): "...",
              type({}.items()): "..."}


def _function(f) -> str:
    if f.__code__.co_filename != PROGRAM_FILE:  # the runtime's own: a builtin to the program
        return f"<built-in function {f.__name__}>"
    return f"<function {f.__qualname__} at {address(f)}>"


def _builtin(f) -> str:
    owner = getattr(f, "__self__", None)
    if owner is None or isinstance(owner, types.ModuleType):
        return f"<built-in function {f.__name__}>"
    return f"<built-in method {f.__name__} of {type(owner).__name__} object at {address(owner)}>"


def _method(m) -> str:
    return f"<bound method {m.__func__.__qualname__} of {to_repr(m.__self__)}>"


def _generator(g) -> str:
    kind = {types.GeneratorType: "generator", types.CoroutineType: "coroutine",
            types.AsyncGeneratorType: "async_generator"}[type(g)]
    return f"<{kind} object {g.__qualname__} at {address(g)}>"


_DESCRIBERS = {
    types.FunctionType: _function,
    types.BuiltinFunctionType: _builtin,
    types.MethodType: _method,
    types.GeneratorType: _generator,
    types.CoroutineType: _generator,
    types.AsyncGeneratorType: _generator,
    property: lambda p: f"<property object at {address(p)}>",
    type(str.upper): lambda d: f"<method '{d.__name__}' of '{d.__objclass__.__name__}' objects>",
    type(str.__add__): lambda d: f"<slot wrapper '{d.__name__}' of '{d.__objclass__.__name__}' objects>",
    type(dict.__dict__["fromkeys"]):
        lambda d: f"<method '{d.__name__}' of '{d.__objclass__.__name__}' objects>",
    type("".__add__): lambda d: f"<method-wrapper '{d.__name__}' of {type(d.__self__).__name__} object "
                                f"at {address(d.__self__)}>",
    classmethod: lambda c: f"<classmethod({to_repr(c.__func__)})>",
    staticmethod: lambda c: f"<staticmethod({to_repr(c.__func__)})>",
    slice: lambda s: f"slice({to_repr(s.start)}, {to_repr(s.stop)}, {to_repr(s.step)})",
}


# -- hash -------------------------------------------------------------------------------------------
_MODULUS = (1 << 61) - 1


def _digest(data: bytes) -> int:
    """A keyless digest (in C: a long string hashes at memory speed), folded like CPython's."""
    if len(data) > 4096:
        from .bounded import charge_copy
        charge_copy(len(data))
    h = int.from_bytes(blake2b(data, digest_size=8).digest(), "little") % _MODULUS
    return -2 if h == _MODULUS - 1 else h


def object_hash(obj) -> int:
    """``hash(obj)`` as the program sees it: equal values hash equal, and nothing depends on the
    host's hash seed."""
    cls = type(obj)
    if cls is int or cls is bool or cls is float or cls is complex:
        return hash(obj)
    if cls is str:
        return _digest(obj.encode("utf-8", "surrogatepass"))
    if cls is bytes:
        return _digest(obj)
    if obj is None:
        return 0xFCA86420
    if cls is tuple:
        return _tuple_hash(obj)
    if isinstance(obj, FrozenSet):
        return _frozenset_hash(obj)
    method = cls.__hash__
    if method is None:
        raise TypeError(f"unhashable type: '{cls.__name__}'")
    if cls is range:
        return _tuple_hash((len(obj), obj.start, obj.step))
    if getattr(cls, USER_MARK, False) and method is not object.__hash__ \
            and getattr(method, "__code__", None) is not None:
        return hash(obj)  # the program's own __hash__
    if isinstance(obj, (int, float, complex)):
        return hash(obj)
    if isinstance(obj, str):
        return _digest(str.__str__(obj).encode("utf-8", "surrogatepass"))
    if isinstance(obj, bytes):
        return _digest(bytes(obj))
    if isinstance(obj, tuple):
        return _tuple_hash(obj)
    return object_id(obj) >> 4  # identity: never from a host address


def _tuple_hash(items: tuple) -> int:
    acc = 0x27D4EB2F165667C5
    for item in items:
        lane = object_hash(item) & 0xFFFFFFFFFFFFFFFF
        acc = (acc + lane * 0xC2B2AE3D27D4EB4F) & 0xFFFFFFFFFFFFFFFF
        acc = ((acc << 31) | (acc >> 33)) & 0xFFFFFFFFFFFFFFFF
        acc = (acc * 0x9E3779B185EBCA87) & 0xFFFFFFFFFFFFFFFF
    acc = (acc + (len(items) ^ 0x27D4EB2F165667C5 ^ 3527539)) & 0xFFFFFFFFFFFFFFFF
    if acc >= 1 << 63:
        acc -= 1 << 64
    return -2 if acc == -1 else acc


def _frozenset_hash(items) -> int:
    value = 0
    for item in items:
        h = object_hash(item) & 0xFFFFFFFFFFFFFFFF
        value ^= ((h ^ (h << 16) ^ 89869747) * 3644798167) & 0xFFFFFFFFFFFFFFFF
    value = (value ^ ((len(items) + 1) * 1927868237)) & 0xFFFFFFFFFFFFFFFF
    value = (value * 69069 + 907133923) & 0xFFFFFFFFFFFFFFFF
    if value >= 1 << 63:
        value -= 1 << 64
    return -2 if value == -1 else value

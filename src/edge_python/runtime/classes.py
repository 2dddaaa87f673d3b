"""Classes a program defines: checked bases, checked bodies, and registration with the gate.

A ``class`` statement compiles to a native ``ClassDef`` (so CPython does C3 linearisation,
``super()``, descriptors and properties), with each base passed through ``check_base`` and the
class passed through ``finish_class`` before any program decorator sees it. ``finish_class``
refuses dunders that would run outside the run's limits (``__del__``) or lie to the gate, marks
the class as the program's, gives it a deterministic default ``__repr__``, and adds it to the
run's per-name sets of types whose attributes guarded code may read natively.
"""

from __future__ import annotations

from . import context
from .gate_tables import FORBIDDEN_IN_CLASS, SAFE
from .reprs import USER_MARK, address
from .sets import FrozenSet, Set
from .types import REAL, ProxyMeta, type_of

_SUBCLASSABLE = frozenset((object, int, float, str, bytes, list, tuple, dict, Set, FrozenSet))
MAX_MRO = 100  # class hierarchies deeper than this are refused (bounded class creation work)


def check_base(base):
    """A class base as the program wrote it -> the real class to inherit from."""
    if isinstance(base, ProxyMeta):
        real = REAL.get(base)
        if real is None or real is type:
            raise TypeError(f"type '{base.__name__}' is not an acceptable base type")
        return real
    if isinstance(base, type):
        if getattr(base, USER_MARK, False) or base in _SUBCLASSABLE:
            if len(base.__mro__) >= MAX_MRO:
                raise TypeError("class hierarchy is too deep")
            return base
        if issubclass(base, BaseException) and base.__module__ == "builtins":
            return base
        raise TypeError(f"type '{base.__name__}' is not an acceptable base type")
    raise TypeError(f"bases must be types, not {type_of(base).__name__}")


def _default_repr(self) -> str:
    cls = type(self)
    return f"<{cls.__module__}.{cls.__qualname__} object at {address(self)}>"


def finish_class(cls):
    """Innermost class decorator emitted by the compiler for every ``class`` statement."""
    for name in cls.__dict__:
        if name in FORBIDDEN_IN_CLASS:
            raise TypeError(f"defining '{name}' in a class is not supported in Edge Python")
    type.__setattr__(cls, USER_MARK, True)
    if cls.__repr__ is object.__repr__:
        type.__setattr__(cls, "__repr__", _default_repr)
    register(cls)
    return cls


def native_safe(cls, name: str) -> bool:
    """May guarded code read ``obj.name`` natively when ``type(obj) is cls``?"""
    for klass in cls.__mro__:
        if name in klass.__dict__:
            if getattr(klass, USER_MARK, False):
                return True
            if klass is dict and issubclass(cls, (Set, FrozenSet)):
                return False
            return klass in SAFE and name in SAFE[klass]
    return True


def register(cls) -> None:
    run = context.current()
    run.user_types.add(cls)
    if not issubclass(cls, (str, bytes, list, tuple)):
        run.add_types.add(cls)
    if all(k is object or getattr(k, USER_MARK, False) for k in cls.__mro__):
        run.plain_types.add(cls)
    if all(k is object or getattr(k, USER_MARK, False) or issubclass(k, BaseException)
           for k in cls.__mro__):
        run.init_types.add(cls)  # super().__init__ finds a program, object or exception __init__
    native = run.native
    for name, types_ in native.items():
        if native_safe(cls, name):
            types_.add(cls)
        else:
            types_.discard(cls)


def refresh_class(cls) -> None:
    """After a class attribute changed: re-decide the class and its subclasses."""
    pending = [cls]
    while pending:
        klass = pending.pop()
        if getattr(klass, USER_MARK, False):
            register(klass)
        pending.extend(type.__subclasses__(klass))

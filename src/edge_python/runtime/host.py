"""Host functions: callables the embedder hands to a run, behind a copying boundary.

The program never touches a host object. Arguments cross by deep copy into plain Python values
(None, bool, int, float, complex, str, bytes and lists, tuples, dicts, sets and frozensets of
them), and so does the result on the way back. An exception raised by the host function reaches
the program as a new exception of the nearest builtin type with the same plain arguments (a host
object among them becomes the text ``<host object>``): its class,
``__cause__``, ``__context__`` and traceback, which could lead into the host, stay behind. A
``KeyboardInterrupt`` or ``SystemExit`` from the host ends the run, as a limit would.
"""

from __future__ import annotations

import builtins
import keyword
from collections.abc import Callable, Mapping

from . import context
from .sets import FrozenSet, Set
from .types import type_of

MAX_DEPTH = 100  # nesting of a value crossing the boundary
_SCALARS = frozenset((type(None), bool, int, float, complex, str, bytes))


def check_functions(functions) -> dict[str, Callable]:
    """The host's ``functions=`` argument, validated: identifiers that replace no builtin."""
    if functions is None:
        return {}
    if not isinstance(functions, Mapping):
        raise TypeError(f"functions must be a mapping of names to callables, not "
                        f"{type(functions).__name__}")
    from .namespace import PROGRAM_BUILTINS
    checked = {}
    for name, func in functions.items():
        if not isinstance(name, str) or not name.isidentifier() or keyword.iskeyword(name):
            raise ValueError(f"host function name {name!r} is not an identifier")
        if name in PROGRAM_BUILTINS or name.startswith("__"):
            raise ValueError(f"host function name {name!r} would replace a builtin")
        if not callable(func):
            raise TypeError(f"host function {name!r} is not callable")
        checked[name] = wrap(name, func)
    return checked


def wrap(name: str, func: Callable) -> Callable:
    """The callable the program sees: a runtime function, as opaque as ``len``."""

    def host_function(*args, **kwargs):
        meter = context.meter()
        meter.check_alive()
        host_args = [to_host(value, name) for value in args]
        host_kwargs = {key: to_host(value, name) for key, value in kwargs.items()}
        error = None
        try:
            result = func(*host_args, **host_kwargs)
        except Exception as exc:  # noqa: BLE001 - becomes the program's exception
            error = _plain_exception(exc)
        except BaseException as exc:  # noqa: BLE001 - the host wants the run to end
            raise meter.stop(type(exc).__name__, f"host function {name}() raised "
                                                 f"{type(exc).__name__}") from None
        if error is not None:
            raise error  # raised here, outside the handler: nothing links it to the host's
        meter.check_alive()
        return from_host(result, name)

    host_function.__name__ = host_function.__qualname__ = name
    return host_function


_TO_HOST = {list: list, tuple: tuple, dict: dict, Set: set, FrozenSet: frozenset}
_FROM_HOST = {list: list, tuple: tuple, dict: dict, set: Set, frozenset: FrozenSet}


def to_host(value, name: str):
    """A copy of a program value for the host, or TypeError for anything but plain data."""
    def refuse(cls):
        return TypeError(f"{name}() cannot take a '{type_of(value).__name__}' value: host "
                         f"functions take None, bool, int, float, complex, str, bytes, list, "
                         f"tuple, dict, set and frozenset")
    return _copy(value, _TO_HOST, refuse, f"a value passed to {name}()", True, 0)


def from_host(value, name: str):
    """A copy of a host value for the program, or TypeError for anything but plain data."""
    def refuse(cls):
        return TypeError(f"{name}() returned a '{cls.__name__}' value, which cannot enter the "
                         f"sandbox")
    return _copy(value, _FROM_HOST, refuse, f"the value {name}() returned", False, 0)


def _copy(value, kinds: dict, refuse, what: str, charge: bool, depth: int):
    cls = type(value)
    if cls in _SCALARS:
        return value
    make = kinds.get(cls)
    if make is None:
        raise refuse(cls)
    if depth >= MAX_DEPTH:
        raise ValueError(f"{what} is nested too deeply")
    if charge:  # the program's side pays for copying what it passes
        context.meter().charge(len(value))
    depth += 1
    if cls is dict:
        return {_copy(k, kinds, refuse, what, charge, depth): _copy(v, kinds, refuse, what, charge, depth)
                for k, v in value.items()}
    return make([_copy(item, kinds, refuse, what, charge, depth) for item in value])


def _plain_exception(exc: Exception) -> Exception:
    """A fresh exception of the first builtin class in ``type(exc)``'s MRO, same arguments."""
    base = next(cls for cls in type(exc).__mro__
                if cls.__module__ == "builtins" and issubclass(cls, Exception))
    if getattr(builtins, base.__name__, None) is not base:
        base = Exception
    args = tuple(_plain_argument(arg) for arg in exc.args)
    try:
        return base(*args)
    except Exception:  # noqa: BLE001 - a constructor that wants other arguments
        return base(*args[:1])


def _plain_argument(value):
    """An exception argument as the program may see it: host objects (and their reprs, which
    show addresses) stay behind."""
    try:
        return from_host(value, "a host function")
    except (TypeError, ValueError):
        return "<host object>"

"""One run's state, and the builtins namespace its guarded code executes against.

Generated code reaches the runtime only through names in this namespace. Program-visible
builtins have their Python names; the helpers of guarded code have names that start with ``$``,
which source code cannot spell (``compiler/guards.py`` emits them). This module is therefore the
complete list of what guarded code may call: ``HELPERS`` below, plus the per-run ones made in
``build``. The helpers live in the run's globals, not its builtins: module-level code looks names
up with ``LOAD_NAME`` (globals first, never cached), and ``globals()``/``locals()`` leave them out.
"""

from __future__ import annotations

import builtins as _host
import sys
from collections import deque
from itertools import compress

from . import bounded, classes, context, gate, imports, memo, ops
from .builtins import SHARED, CancelledError
from .errors import PROGRAM_FILE, LimitExceeded, chain_depth
from .limits import Limits, Meter
from .match import _is_sequence, match_pattern
from .methods import method_callers
from .reprs import to_ascii, to_repr, to_str
from .sets import FrozenSet, Set
from .types import ProxyMeta, is_dict, type_of


def format_field(value, spec: str) -> str:
    """An f-string field whose spec is computed at run time or is too wide to trust."""
    from .formatting import format_value
    from .hooks import hooks
    return format_value(value, spec, hooks())


MAX_EXCEPTION_CHAIN = 500  # longer __context__/__cause__ chains are cut: freeing them recurses in C

HELPERS = {
    "$type": type, "$float": float, "$int": int, "$SENT": object(), "$next": next,
    "$N": frozenset((int, float, bool)),
    "$FS": frozenset((str, int, float, bool)),
    "$range": range, "$compress": compress, "$min": min, "$max": max, "$isinstance": isinstance,
    "$R_str": str, "$R_int": int, "$R_list": list, "$R_tuple": tuple, "$R_bytes": bytes,
    "$R_reversed": reversed, "$R_enumerate": enumerate,
    "$isdict": is_dict,
    "$HASHED": frozenset((dict, str, bytes, Set, FrozenSet, type({}.keys()))),  # no linear search
    "$ga": gate.get_attribute, "$sa": gate.set_attribute, "$da": gate.delete_attribute,
    "$in": ops.item_in, "$star": ops.star, "$sync": bounded.sync_iterable,
    "$ticking": bounded.ticking,
    "$setslice": ops.set_slice, "$fmt": format_field,
    "$sub": ops.sub, "$or": ops.or_, "$and": ops.and_, "$xor": ops.xor,
    "$import": imports.import_module, "$import_from": imports.import_from,
    "$import_star": imports.import_star,
    "$base": classes.check_base, "$class": classes.finish_class,
    "$str": to_str, "$repr": to_repr, "$ascii": to_ascii, "$Set": Set, "$FrozenSet": FrozenSet,
    "$match": match_pattern, "$len": len, "$SEQ": frozenset((list, tuple, range)),
    "$SPECIAL": (RecursionError, MemoryError, CancelledError), "$TEXT": frozenset((str, bytes)),
    "$COPYABLE": frozenset((list, tuple, str, dict)),
    "$sum": sum, "$SIZED": frozenset(bounded.SIZED),
    "$isseq": _is_sequence, "$mkey": memo.key, "$mput": memo.put,
    **method_callers(),
    # a builtin type called by its builtin name: straight to its constructor, not the metaclass
    **{"$new_" + name: value.__edge_new__ for name, value in SHARED.items()
       if isinstance(value, ProxyMeta)},
}


def host_import(*args, **kwargs):
    """The builtins' ``__import__`` of guarded code: only C code's own imports (see below)."""
    return _internal_import(*args, **kwargs)


# C code running on behalf of the program (codec lookups, warnings) imports through the frame's
# builtins; programs cannot name ``__import__`` (a compile error), and only these get through.
_INTERNAL_MODULES = ("encodings", "warnings", "linecache", "codecs")


def _internal_import(name, globals=None, locals=None, fromlist=(), level=0):
    if level == 0 and name.split(".")[0] in _INTERNAL_MODULES:
        return _host.__import__(name, globals, locals, fromlist, level)
    raise ImportError(f"No module named '{name}'")


class RunState:
    """Everything one run owns: limits, meter, output, inputs, ids, the gate's native sets."""

    def __init__(self, limits: Limits, stdin=None, events=None, attr_names=(),
                 base_depth: int = 0) -> None:
        self.limits = limits
        self.meter = Meter(limits, base_depth)
        self.ops = ops.Operators(self.meter, limits.int_digits)
        self.out: list[str] = []
        self.out_len = 0
        self.stdin = deque(stdin or ())
        self.events = deque(events or ())
        self.ids: dict[int, tuple] = {}
        self.native: dict[str, set] = {}
        for name in attr_names:
            self.native[name] = set(gate.NATIVE_BUILTINS.get(name, ()))
        self.user_types: set[type] = set()
        self.add_types: set[type] = {int, float, bool, complex}  # left operands safe for a native +
        self.plain_types: set[type] = set()  # program classes whose MRO is theirs plus object
        self.init_types: set[type] = set()  # ... theirs, object and exception classes
        self.scheduler = None
        self.globals: dict = {}

    def write(self, text: str) -> None:
        self.meter.check_alive()
        limit = self.limits.output
        if limit is not None and self.out_len + len(text) > limit:
            keep = max(0, limit - self.out_len)
            if keep:
                self.out.append(text[:keep])
                self.out_len += keep
            raise self.meter.stop("MemoryError", f"output limit exceeded ({limit} characters)")
        self.out.append(text)
        self.out_len += len(text)

    def output(self) -> str:
        return "".join(self.out)


class _AsyncOverSync:
    """``async for`` over a plain iterable, which Edge allows."""

    __slots__ = ("items",)

    def __init__(self, items) -> None:
        self.items = items

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.items)
        except StopIteration:
            raise StopAsyncIteration from None


def async_iterable(obj):
    if hasattr(type(obj), "__aiter__"):
        return obj
    return _AsyncOverSync(iter(obj))


class ContextManager:
    """What ``with`` really enters: the program's object, called through its type as CPython
    does, except that ``__exit__`` sees no traceback and cannot swallow a limit stop."""

    __slots__ = ("obj", "exit")

    def __init__(self, obj) -> None:
        cls = type(obj)
        if not hasattr(cls, "__enter__") or not hasattr(cls, "__exit__"):
            raise TypeError(f"'{type_of(obj).__name__}' object does not support the context "
                            "manager protocol")
        self.obj = obj
        self.exit = cls.__exit__

    def __enter__(self):
        return type(self.obj).__enter__(self.obj)

    def __exit__(self, exc_type, exc, tb):
        if context.meter().stopped is not None:
            return False  # no program code once the run is stopped
        result = self.exit(self.obj, exc_type, exc, None)
        if result and (isinstance(exc, LimitExceeded) or context.meter().stopped is not None):
            return False
        return result


class AsyncContextManager:
    """``async with``: the async protocol when the object has it, else Edge's fallback to the
    synchronous one."""

    __slots__ = ("obj", "is_async")

    def __init__(self, obj) -> None:
        cls = type(obj)
        self.obj = obj
        self.is_async = hasattr(cls, "__aenter__") and hasattr(cls, "__aexit__")
        if not self.is_async and not (hasattr(cls, "__enter__") and hasattr(cls, "__exit__")):
            raise TypeError(f"'{type_of(obj).__name__}' object does not support the asynchronous "
                            "context manager protocol")

    async def __aenter__(self):
        cls = type(self.obj)
        if self.is_async:
            return await cls.__aenter__(self.obj)
        return cls.__enter__(self.obj)

    async def __aexit__(self, exc_type, exc, tb):
        cls = type(self.obj)
        if self.is_async:
            result = await cls.__aexit__(self.obj, exc_type, exc, None)
        else:
            result = cls.__exit__(self.obj, exc_type, exc, None)
        if result and (isinstance(exc, LimitExceeded) or context.meter().stopped is not None):
            return False
        return result


def build(run: RunState, extra: dict | None = None, memo_tables=()) -> tuple[dict, dict]:
    """The builtins dict of one run's guarded code, and the helpers its globals start with."""
    meter = run.meter
    names = dict(SHARED)
    names["__build_class__"] = _host.__build_class__
    names["__import__"] = host_import
    helpers = dict(HELPERS)
    helpers["$TK"] = meter.loop
    helpers["$tick"] = meter.call
    helpers["$nest"] = meter.nest
    helpers["$guard"] = _guard(meter)
    helpers["$meter"] = meter
    helpers["$alive"] = meter.check_alive
    helpers["$fj"] = meter.checked_text
    for table in memo_tables:
        helpers[table] = memo.Table()
    helpers["$U"] = run.user_types
    helpers["$NA"] = run.add_types
    helpers["$UP"] = run.plain_types
    helpers["$UI"] = run.init_types
    o = run.ops
    helpers.update({"$add": o.add, "$iadd": o.iadd, "$mul": o.mul, "$imul": o.imul,
                  "$pow": o.power, "$ipow": o.ipow, "$lshift": o.lshift, "$ilshift": o.ilshift,
                  "$mod": o.mod, "$imod": o.imod, "$big": o.big})
    helpers["$NB"], helpers["$B"] = o.bound()
    helpers["$NS"], helpers["$S"] = o.factor_bound()
    helpers["$cm"] = ContextManager
    helpers["$aiter"] = async_iterable
    helpers["$acm"] = AsyncContextManager
    for attr, types_ in run.native.items():
        helpers["$X_" + attr] = types_
    names["print"] = _print(run)
    names["input"] = _input(run)
    names.update(SCHEDULING)
    def globals():  # noqa: A001 - the program's builtin of that name
        return _visible(run.globals)

    names["globals"] = globals
    names["locals"] = _locals
    if extra:
        names.update(extra)
    return names, helpers


# Every name a program finds among its builtins (host functions may not replace one).
PROGRAM_BUILTINS = frozenset(SHARED) | {"print", "input", "globals", "locals", "run", "gather", "sleep",
                                        "with_timeout", "cancel", "frame", "receive"}


def _guard(meter: Meter):
    """First statement of every ``except`` block: limit stops are never caught by programs."""

    special = HELPERS["$SPECIAL"]
    exc_info = sys.exc_info

    def guard():
        if meter.stopped is not None:
            exc = exc_info()[1]
            if type(exc) is GeneratorExit:  # a generator closed after its run: quietly
                raise exc
            raise meter.stopped
        exc = exc_info()[1]
        if isinstance(exc, special):
            _special(meter, exc)
        if exc.__context__ is not None and \
                chain_depth(exc, MAX_EXCEPTION_CHAIN + 1) > MAX_EXCEPTION_CHAIN:
            _cut_chain(exc)

    guard.__name__ = "$guard"
    return guard


def _special(meter: Meter, exc) -> None:
    """Exceptions a program may not handle: the host's own recursion and memory failures, and
    the cancellation of its task."""
    if isinstance(exc, RecursionError) and str(exc).startswith("maximum recursion depth"):
        raise meter.stop("RecursionError", "maximum recursion depth exceeded") from None
    if type(exc) is MemoryError and not exc.args:
        raise meter.stop("MemoryError", "out of memory") from None
    if type(exc) is CancelledError:
        raise exc


def _cut_chain(exc) -> None:
    node, depth = exc, 0
    while node is not None and depth < MAX_EXCEPTION_CHAIN:
        node = node.__cause__ or node.__context__
        depth += 1
    if node is not None:
        node.__cause__ = None
        node.__context__ = None


PRINT_CHUNK = 1024  # arguments converted between two checks of the output limit


def _print(run: RunState):
    write = run.write

    def print(*args, sep=" ", end="\n", **options):
        for key in options:
            if key not in ("file", "flush"):
                raise TypeError(f"'{key}' is an invalid keyword argument for print()")
        target = options.get("file")
        if target is not None:
            return _print_to(target, args, sep, end)
        if sep is None:
            sep = " "
        elif type(sep) is not str:
            raise TypeError(f"sep must be None or a string, not {type_of(sep).__name__}")
        if end is None:
            end = "\n"
        elif type(end) is not str:
            raise TypeError(f"end must be None or a string, not {type_of(end).__name__}")
        if len(args) == 1:
            write(to_str(args[0]) + end)
        elif len(args) <= PRINT_CHUNK:
            write(sep.join([to_str(a) for a in args]) + end)
        else:  # written in pieces, so the output limit stops a huge print part way
            run.meter.charge(len(args))
            for start in range(0, len(args), PRINT_CHUNK):
                write((sep if start else "") + sep.join([to_str(a) for a in args[start:start + PRINT_CHUNK]]))
            write(end)

    return print


def _print_to(target, args, sep, end) -> None:
    """``print(..., file=obj)``: CPython's sequence of ``obj.write`` calls, through the gate."""
    write = gate.get_attribute(target, "write")
    sep = " " if sep is None else sep
    end = "\n" if end is None else end
    for index, arg in enumerate(args):
        if index:
            write(sep)
        write(to_str(arg))
    write(end)


def _input(run: RunState):
    def input(prompt=None, /):
        if prompt is not None:
            run.write(to_str(prompt))
        if not run.stdin:
            raise EOFError("EOF when reading a line")
        return run.stdin.popleft()

    return input


def _scheduler():
    from .scheduler import scheduler_of
    return scheduler_of(context.current())


def _run(*coros):
    return _scheduler().run_all(coros, first_only=True)


def _gather(*coros):
    return _scheduler().run_all(coros, first_only=False)


def _sleep(seconds, /):
    return _scheduler().sleep(seconds)


def _with_timeout(seconds, coro, /):
    return _scheduler().with_timeout(seconds, coro)


def _cancel(coro, /):
    return _scheduler().cancel(coro)


def _frame():
    _scheduler().wait_forever()


def _receive():
    events = context.current().events
    if events:
        return events.popleft()
    _scheduler().wait_forever()


# Edge's async builtins, made once: each finds the run it serves (task threads enter it too)
SCHEDULING = {"run": _run, "gather": _gather, "sleep": _sleep, "with_timeout": _with_timeout,
              "cancel": _cancel, "frame": _frame, "receive": _receive}
for _name, _func in SCHEDULING.items():
    _func.__name__ = _func.__qualname__ = _name


def _visible(namespace: dict) -> dict:
    return {k: v for k, v in namespace.items()
            if k[:1] not in ("$", ".") and k != "__builtins__"}


def _locals() -> dict:
    """The program's ``locals()``: a copy, and only of a program frame."""
    frame = sys._getframe(1)
    if frame.f_code.co_filename != PROGRAM_FILE:
        return {}
    return _visible(dict(frame.f_locals))


_locals.__name__ = _locals.__qualname__ = "locals"

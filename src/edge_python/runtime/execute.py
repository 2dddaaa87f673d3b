"""Running a compiled program: the namespace, the active-run context, the C stack, the end.

``execute`` is the one place where guarded code is entered, on a thread with a big enough C
stack (``stack.py``). It raises the host's recursion limit
only upwards (enough for the program's depth limit plus room for our helpers, so the program's
limit is always hit first), makes the run active on this thread, runs the code object, and turns
whatever ends the run into an outcome while the run's limits still apply (a program exception's
``__str__`` is program code too).
"""

from __future__ import annotations

import _thread
import gc
import sys
import warnings
from dataclasses import dataclass

from . import context
from .errors import LimitExceeded, exception_message, exception_type_name, program_frames
from .limits import DEPTH_MARGIN, Limits
from .namespace import RunState, build
from .reprs import exception_str
from .stack import call_with_stack, stack_for


@dataclass
class Outcome:
    stdout: str
    exception: BaseException | None
    type_name: str | None
    message: str | None
    frames: list


def current_depth() -> int:
    frame, depth = sys._getframe(1), 1
    while frame is not None:
        frame, depth = frame.f_back, depth + 1
    return depth


def execute(program, limits: Limits, stdin=None, events=None, extra=None) -> Outcome:
    started: list[RunState] = []
    if program.straight_line:  # its nesting is bounded by its length: the host's stack will do
        return _execute(program, limits, stdin, events, extra, started)

    def interrupt() -> None:
        if started:
            started[0].meter.stop("KeyboardInterrupt", "the host interrupted the run")

    return call_with_stack(lambda: _execute(program, limits, stdin, events, extra, started),
                           stack_for(limits.memory), interrupt)


def _execute(program, limits: Limits, stdin, events, extra, started: list) -> Outcome:
    base = current_depth() + 2  # exec_code's frame, then the module's: program depth 0
    run = RunState(limits, stdin, events, program.attr_names, base)
    started.append(run)
    names, namespace = build(run, extra, program.memo_tables)
    helpers = len(namespace)  # the first keys: whatever the run adds comes after them
    namespace["__name__"] = "__main__"
    namespace["__builtins__"] = names
    run.globals = namespace
    old_limit = sys.getrecursionlimit()
    needed = base + (limits.recursion or old_limit) + DEPTH_MARGIN
    if needed > old_limit:
        sys.setrecursionlimit(needed)
    previous = context.enter(run)
    _host_settings(1)
    try:
        try:
            result = exec_code(program, namespace)
            if run.meter.stopped is not None:
                raise run.meter.stopped
            del result
            outcome = Outcome(run.output(), None, None, None, [])
        except BaseException as exc:  # noqa: BLE001 - everything the program does is reported
            outcome = _failure(run, exc)
        if run.scheduler is not None:
            run.scheduler.shutdown()
            run.scheduler = None
        run.meter.finish()
        _release(namespace, helpers)
        if program.has_coroutines:
            gc.collect()  # coroutines never awaited, in cycles: finalized now, warnings silenced
        return outcome
    finally:
        _host_settings(-1)
        context.leave(previous)
        if needed > old_limit and sys.getrecursionlimit() == needed:
            sys.setrecursionlimit(old_limit)


_host_lock = _thread.allocate_lock()
_host_state: list = [0, None, None]  # runs going on, the host's warning filters, its digit cap
_DIGITS = (getattr(sys, "get_int_max_str_digits", None), getattr(sys, "set_int_max_str_digits", None))
STR_DIGITS = 4300  # CPython's default cap on int <-> decimal str conversions (quadratic in size)


def _host_settings(step: int) -> None:
    """Process-wide settings that runs need, set while any run goes on (counted, so that
    concurrent runs cannot restore each other's), the host's own put back after the last.

    Warnings: a program must not write them to the host's stderr, so the filters are one
    "ignore" (which records nothing in a registry: nothing cached outlives the runs); swapping
    the list is what ``catch_warnings`` does, at a tenth of its cost. The int <-> str digit cap:
    a host that raised or removed it would let a program run a conversion quadratic in its size
    inside one C call, where no limit can stop it, and print what the default forbids."""
    get_digits, set_digits = _DIGITS
    with _host_lock:
        runs = _host_state[0]
        if step > 0 and runs == 0:
            _host_state[1] = warnings.filters
            warnings.filters = [("ignore", None, Warning, None, 0)]
            if get_digits is not None:
                _host_state[2] = get_digits()
                if _host_state[2] != STR_DIGITS:
                    set_digits(STR_DIGITS)
        elif step < 0 and runs == 1:
            warnings.filters = _host_state[1]
            if get_digits is not None and _host_state[2] != STR_DIGITS:
                set_digits(_host_state[2])
            _host_state[1] = _host_state[2] = None
        _host_state[0] = runs + step


def exec_code(program, namespace: dict):
    if not program.is_async:
        exec(program.code, namespace)  # noqa: S102 - guarded code, compiled by us
        return None
    from .scheduler import drive
    return drive(eval(program.code, namespace))  # noqa: S307


def _failure(run: RunState, exc: BaseException) -> Outcome:
    meter = run.meter
    if meter.stopped is not None and not isinstance(exc, LimitExceeded):
        exc = meter.stopped.with_traceback(exc.__traceback__)
    elif isinstance(exc, RecursionError) and str(exc).startswith("maximum recursion depth"):
        exc = LimitExceeded("RecursionError", "maximum recursion depth exceeded").with_traceback(
            exc.__traceback__)
    frames = program_frames(exc.__traceback__)
    exc.__traceback__ = None  # frames hold the program's objects: free them inside the run
    if isinstance(exc, LimitExceeded):
        return Outcome(run.output(), None, exc.type_name, exc.message, frames)
    message = exception_message(exc, exception_str)
    if meter.stopped is not None:  # the message itself ran out of budget
        message = type(exc).__name__
    return Outcome(run.output(), None, exception_type_name(exc), message, frames)


def _release(namespace: dict, helpers: int) -> None:
    """Drop the program's objects (its names and the temporaries of module code) now, on this
    thread, while limits cannot matter any more. The ``helpers`` first keys stay (the program
    cannot name them, so they keep their places): a generator finalized later still runs
    guarded code, which stops at once."""
    try:
        for key in list(namespace)[helpers:]:
            if key != "__builtins__":
                del namespace[key]
    except BaseException:  # noqa: BLE001 - a failure to free must not mask the outcome
        pass

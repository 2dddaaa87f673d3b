"""The run that is executing on this thread, for runtime code that guarded code reaches indirectly.

Helpers called straight from generated code get their run through closures (``namespace.py``);
but builtin types such as ``set`` or ``list`` are shared objects, and when a program calls them
they find the run's meter here. A thread-local keeps concurrent runs on different host threads
apart. Outside any run (the host calling our types directly) a permissive default applies.
"""

from __future__ import annotations

import threading

from .limits import Limits, Meter

_local = threading.local()


class _HostSide:
    """Stand-in run used when runtime code is called outside a run: no limits, no output."""

    limits = Limits.none()
    meter = Meter(limits, 0)
    ids: dict = {}
    native: dict = {}
    user_types: set = set()
    add_types: set = set()
    plain_types: set = set()
    init_types: set = set()
    scheduler = None



def current():
    """The active run of this thread (or the host-side stand-in)."""
    return getattr(_local, "run", _HostSide)


def enter(run) -> object:
    """Make ``run`` the active run of this thread; returns the previous one for ``leave``."""
    previous = getattr(_local, "run", None)
    _local.run = run
    return previous


def leave(previous) -> None:
    if previous is None:
        try:
            del _local.run
        except AttributeError:
            pass
    else:
        _local.run = previous


def meter() -> Meter:
    return getattr(_local, "run", _HostSide).meter


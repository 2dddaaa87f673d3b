"""Program code runs on a thread whose C stack outgrows anything the program can build.

CPython recurses in C, with no depth check, when it hashes nested tuples, iterates chains of
map/filter/zip objects, or frees chains of generators or exceptions: 10 to 130 bytes of C stack
per level. Each level also costs the program at least 48 bytes of heap, which the memory limit
bounds, so a stack of twice the memory limit (plus room for the interpreter) cannot overflow
before the memory limit ends the run. The stack is address space only: pages are touched as deep
as the program actually goes.

Runner threads are kept and reused, so a run pays a hand-over (two lock operations) rather than a
thread start. A thread that is already a runner (a nested ``run()``) calls straight through. Where
threads cannot start (Pyodide, an address-space cap), the largest stack that can be had is used,
down to calling on the host's own thread.
"""

from __future__ import annotations

import _thread
import threading
from collections.abc import Callable

MIB = 1024 * 1024
MIN_STACK = 16 * MIB
MAX_STACK = 4096 * MIB
UNLIMITED_STACK = 1024 * MIB   # no memory limit: the host took the risk; still far past 8 MiB
INTERPRETER_ROOM = 64 * MIB
MAX_IDLE = 4

_local = threading.local()
_idle: list[_Runner] = []
_idle_lock = threading.Lock()
_size_lock = threading.Lock()   # threading.stack_size is process-wide: set and restore together
_ceiling = [MAX_STACK]          # lowered when the process cannot map a bigger stack
_runners = [0]                  # runner threads alive (kept for reuse, so not leaked)


def stack_for(memory: int | None) -> int:
    if memory is None:
        return UNLIMITED_STACK
    return max(MIN_STACK, min(MAX_STACK, 2 * memory + INTERPRETER_ROOM))


def current_stack() -> int:
    """The C stack of this thread, as far as we set it (0: a host thread)."""
    return getattr(_local, "size", 0)


def start_thread(target: Callable, args: tuple, size: int) -> int:
    """Start a thread with a stack of ``size`` bytes, or the largest below it that the process
    can map (never under ``MIN_STACK``); returns the size obtained. Raises RuntimeError when
    not even that can start."""
    size = min(size, _ceiling[0])
    while True:
        try:
            with _size_lock:
                old = threading.stack_size()
                try:
                    threading.stack_size(size)
                    _thread.start_new_thread(_sized, (target, args, size))
                finally:
                    threading.stack_size(old)
            return size
        except (RuntimeError, MemoryError, ValueError):
            if size <= MIN_STACK:
                raise RuntimeError("can't start new thread") from None
            size = _ceiling[0] = max(MIN_STACK, size // 2)


def _sized(target: Callable, args: tuple, size: int) -> None:
    _local.size = size
    target(*args)


class _Runner:
    __slots__ = ("size", "job", "outcome", "go", "done")

    def __init__(self, size: int) -> None:
        self.job: Callable | None = None
        self.outcome: tuple = (None, None)
        self.go = _thread.allocate_lock()
        self.go.acquire()
        self.done = _thread.allocate_lock()
        self.done.acquire()
        self.size = start_thread(self._loop, (), size)

    def _loop(self) -> None:
        with _idle_lock:
            _runners[0] += 1
        while True:
            self.go.acquire()
            job, self.job = self.job, None
            if job is None:
                with _idle_lock:
                    _runners[0] -= 1
                return
            try:
                self.outcome = (job(), None)
            except BaseException as exc:  # noqa: BLE001 - handed back to the calling thread
                self.outcome = (None, exc)
            self.done.release()

    def call(self, job: Callable, interrupt: Callable[[], None]):
        self.job = job
        self.go.release()
        try:
            self.done.acquire()
        except BaseException:  # the host was interrupted (Ctrl-C): stop the run, then report
            interrupt()
            self.done.acquire()
            raise
        (value, error), self.outcome = self.outcome, (None, None)
        if error is not None:
            raise error
        return value

    def retire(self) -> None:
        self.go.release()


def runner_threads() -> int:
    """How many threads are runners, busy or kept idle for the next run."""
    return _runners[0]


def call_with_stack(job: Callable, size: int, interrupt: Callable[[], None]):
    """``job()`` on a thread with at least ``size`` bytes of C stack, where one can be had."""
    size = min(size, _ceiling[0])
    if current_stack() >= size:
        return job()
    runner = _take(size)
    if runner is None:
        return job()
    try:
        return runner.call(job, interrupt)
    finally:
        _give_back(runner)


def _take(size: int) -> _Runner | None:
    with _idle_lock:
        for index, runner in enumerate(_idle):
            if runner.size >= size:
                return _idle.pop(index)
    try:
        return _Runner(size)
    except RuntimeError:
        return None


def _give_back(runner: _Runner) -> None:
    with _idle_lock:
        if len(_idle) < MAX_IDLE:
            _idle.append(runner)
            return
    runner.retire()

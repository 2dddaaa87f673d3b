"""Edge's cooperative scheduler: ``run``, ``gather``, ``sleep``, ``with_timeout``, ``cancel``,
``frame``, ``receive``.

Edge lets any function suspend — ``sleep(0)`` in a plain ``def`` called from a coroutine parks
the whole call chain — so a task needs a stack of its own. Each task therefore runs on its own
host thread, and exactly one thread runs at a time: a task that suspends picks the next runnable
task, releases that task's lock and blocks on its own (a baton). The module body is the main
task, on the host's thread. Decisions depend only on the program: a FIFO ready queue, a virtual
clock for ``sleep`` (no real waiting), sleepers ordered by (wake time, creation order). So
interleavings, like everything else, are the same in every process.

When nothing can run and something still waits (an event, a frame), the run ends with
"scheduler suspended". Tasks nest (``run`` inside a task): a child inherits its creator's
depth, so unbounded nesting meets the recursion limit, and the number of live tasks is capped.
"""

from __future__ import annotations

import _thread
import heapq
import types
from collections import deque
from itertools import count

from . import context
from .errors import LimitExceeded
from .limits import thread_depth
from .stack import stack_for, start_thread

MAX_TASKS = 1000            # live tasks (host threads) per run
_depth = thread_depth  # per host thread: its base, inherited depth and max_depth


class TaskKilled(BaseException):  # noqa: N818 - unwinds a parked task when its run is over
    pass


class _Done:
    """What ``sleep`` returns, so that ``await sleep(1)`` works as well as ``sleep(1)``."""

    __slots__ = ()

    def __await__(self):
        return iter(())

    def __edge_repr__(self) -> str:
        return "<sleep>"


DONE = _Done()


class Task:
    __slots__ = ("coro", "lock", "started", "done", "result", "error", "cancel", "killed",
                 "waiting", "waiters", "inherited", "wake_token", "finished", "ended_at")

    def __init__(self, coro, inherited: int) -> None:
        self.coro = coro
        self.lock = _thread.allocate_lock()
        self.lock.acquire()
        self.started = False
        self.done = False
        self.result = None
        self.error: BaseException | None = None
        self.cancel = False
        self.killed = False
        self.waiting: set = set()
        self.waiters: list = []
        self.inherited = inherited
        self.wake_token = 0
        self.finished = _thread.allocate_lock()
        self.finished.acquire()
        self.ended_at = 0


def _is_runnable_object(obj) -> bool:
    return isinstance(obj, (types.CoroutineType, types.GeneratorType))


def drive(coroutine):
    """Run a coroutine or generator to completion in this task; a bare yield is ``sleep(0)``."""
    send = coroutine.send
    try:
        while True:
            send(None)
            scheduler_of(context.current()).sleep(0)
    except StopIteration as done:
        return done.value


class Scheduler:
    def __init__(self, run) -> None:
        self.run = run
        self.clock = 0.0
        self.ready: deque = deque()
        self.sleepers: list = []
        self.order = count()
        self.main = Task(None, 0)
        self.main.started = True
        self.current = self.main
        self.live: set = set()
        self.by_coro: dict = {}
        self.pending_cancel: set = set()
        self.base_depth = run.meter.max_depth

    # -- switching ------------------------------------------------------------------------------
    def block(self) -> None:
        """Park the current task until another task hands the baton back."""
        me = self.current
        nxt = self._next()
        if nxt is None:
            raise self._suspended()
        if nxt is not me:
            self.current = nxt
            self._resume(nxt)
            me.lock.acquire()
            self.current = me
        self._after_wake(me)

    def _after_wake(self, task: Task) -> None:
        meter = self.run.meter
        if task.killed:
            raise TaskKilled()
        if meter.stopped is not None:
            raise meter.stopped
        if task.cancel:
            task.cancel = False
            from .builtins import CancelledError
            raise CancelledError()

    def _next(self):
        if self.ready:
            return self.ready.popleft()
        while self.sleepers:
            wake, _, token, task = heapq.heappop(self.sleepers)
            if token != task.wake_token or task.done or task in self.ready:
                continue
            self.clock = max(self.clock, wake)
            task.wake_token += 1
            return task
        return None

    def _resume(self, task: Task) -> None:
        if not task.started:
            try:
                start_thread(self._task_main, (task,), stack_for(self.run.limits.memory))
            except RuntimeError:
                # the process cannot map another stack: end the run; the main task wakes to it
                self.run.meter.stop("MemoryError", "cannot start another task: out of memory")
                self._close_all_unstarted()
                if task is not self.main:
                    self.current = self.main
                    self.main.lock.release()
                return
            task.started = True
        task.lock.release()

    def _close_all_unstarted(self) -> None:
        for other in list(self.live):
            if not other.started:
                other.done = True
                _close_unstarted(other.coro)
                self.live.discard(other)

    def _suspended(self) -> LimitExceeded:
        return self.run.meter.stop("RuntimeError", "scheduler suspended: every task is waiting "
                                   "(for an event, a frame, or each other)")

    def _make_ready(self, task: Task) -> None:
        task.wake_token += 1
        self.ready.append(task)

    # -- tasks ----------------------------------------------------------------------------------
    def spawn(self, coro) -> Task:
        if len(self.live) >= MAX_TASKS:
            raise self.run.meter.stop("MemoryError", f"too many tasks (limit {MAX_TASKS})")
        inherited = _relative_depth() + getattr(_depth, "inherited", 0)
        recursion = self.run.limits.recursion
        if recursion is not None and inherited >= recursion:
            raise self.run.meter.stop("RecursionError", "maximum recursion depth exceeded")
        task = Task(coro, inherited)
        self.live.add(task)
        self.by_coro[id(coro)] = task
        if id(coro) in self.pending_cancel:
            task.cancel = True
        self.ready.append(task)
        return task

    def _task_main(self, task: Task) -> None:
        task.lock.acquire()
        previous = context.enter(self.run)
        _depth.base = _absolute_depth()
        _depth.inherited = task.inherited
        recursion = self.run.limits.recursion
        _depth.max_depth = None if recursion is None else _depth.base + recursion - task.inherited
        try:
            self._after_wake(task)
            task.result = drive(task.coro)
        except TaskKilled:
            pass
        except BaseException as exc:  # noqa: BLE001 - handed to whoever waits for the task
            task.error = exc
        finally:
            task.done = True
            task.ended_at = next(self.order)
            _close_unstarted(task.coro)
            self.live.discard(task)
            context.leave(previous)
            self._finish(task)

    def _finish(self, task: Task) -> None:
        for waiter in task.waiters:
            waiter.waiting.discard(task)
            if not waiter.waiting and not waiter.done:
                self._make_ready(waiter)
        task.waiters.clear()
        if task.killed:
            task.finished.release()
            return
        nxt = self._next()
        if nxt is None:
            self._suspended()
            nxt = self.main
        self.current = nxt
        task.finished.release()
        self._resume(nxt)

    def wait_all(self, tasks: list, timeout: float | None = None) -> bool:
        """Park until every task is done (True) or ``timeout`` virtual seconds passed (False)."""
        me = self.current
        me.waiting = {t for t in tasks if not t.done}
        for t in me.waiting:
            t.waiters.append(me)
        if me.waiting:
            if timeout is not None:
                heapq.heappush(self.sleepers, (self.clock + timeout, next(self.order),
                                               me.wake_token, me))
            self.block()
        done = not me.waiting
        for t in me.waiting:
            if me in t.waiters:
                t.waiters.remove(me)
        me.waiting = set()
        return done

    # -- the builtins ---------------------------------------------------------------------------
    def sleep(self, seconds) -> _Done:
        if isinstance(seconds, bool) or not isinstance(seconds, (int, float)):
            raise TypeError(f"sleep() argument must be a number, not {type(seconds).__name__}")
        me = self.current
        if seconds <= 0:
            self._make_ready(me)
        else:
            heapq.heappush(self.sleepers, (self.clock + seconds, next(self.order),
                                           me.wake_token, me))
        self.block()
        return DONE

    def run_all(self, coros, first_only: bool):
        try:
            tasks = [self.spawn(c) if _is_runnable_object(c) else None for c in coros]
        except BaseException:
            for coro in coros:
                _close_unstarted(coro)
            raise
        live = [t for t in tasks if t is not None]
        self.wait_all(live)
        failed = sorted((t for t in live if t.error is not None and not _cancelled(t.error)),
                        key=lambda t: t.ended_at)
        errors = [t.error for t in failed]
        if first_only:
            first = tasks[0] if tasks else None
            if first is None:
                return None
            if first.error is not None and not _cancelled(first.error):
                raise first.error
            return first.result
        if errors:
            raise errors[0]
        return [None if t is None else t.result for t in tasks]

    def with_timeout(self, seconds, coro):
        if not _is_runnable_object(coro):
            return None
        task = self.spawn(coro)
        if self.wait_all([task], timeout=seconds):
            if task.error is not None and not _cancelled(task.error):
                raise task.error
            return task.result
        self.cancel_task(task)
        raise TimeoutError("timed out")

    def cancel(self, coro) -> bool:
        task = self.by_coro.get(id(coro))
        if task is None:
            self.pending_cancel.add(id(coro))
            return True
        return self.cancel_task(task)

    def cancel_task(self, task: Task) -> bool:
        if task.done:
            return False
        task.cancel = True
        if task not in self.ready and task is not self.current:
            self._make_ready(task)
        return True

    def wait_forever(self) -> None:
        """``frame()`` and ``receive()`` on an empty queue: nothing will ever wake this task."""
        self.block()

    def shutdown(self) -> None:
        """End every task still parked when the run ends (its threads must not outlive it)."""
        self.run.meter.stop("RuntimeError", "run ended")
        for task in list(self.live):
            if task.started and not task.done:
                task.killed = True
                task.lock.release()
                task.finished.acquire(timeout=5)
            else:
                _close_unstarted(task.coro)
        self.live.clear()
        self.by_coro.clear()


def _close_unstarted(coro) -> None:
    """A coroutine that never ran is closed, so that freeing it warns nobody."""
    if _is_runnable_object(coro):
        try:
            coro.close()
        except BaseException:  # noqa: BLE001 - a generator refusing to close is its own affair
            pass


def _cancelled(exc: BaseException) -> bool:
    from .builtins import CancelledError
    return isinstance(exc, CancelledError)


def _absolute_depth() -> int:
    import sys
    frame, depth = sys._getframe(1), 1
    while frame is not None:
        frame, depth = frame.f_back, depth + 1
    return depth


def _relative_depth() -> int:
    base = getattr(_depth, "base", None)
    if base is None:
        base = context.current().meter.max_depth or 0
        limit = context.current().limits.recursion or 0
        base -= limit
    return max(0, _absolute_depth() - base)



def scheduler_of(run) -> Scheduler:
    """The run's scheduler, made on first use."""
    scheduler = run.scheduler
    if scheduler is None:
        scheduler = run.scheduler = Scheduler(run)
    return scheduler

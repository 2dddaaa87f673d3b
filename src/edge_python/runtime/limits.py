"""Limits, the operation budget and the checks that stop a run before it can hurt the host.

Design. Guarded code pays for the budget with C-level iteration, not Python calls:

- every loop iterates through ``compress(iterable, meter.loop)``, and ``while`` loops iterate
  ``meter.loop`` itself; every function body starts with ``meter.call()``. ``meter.loop`` is a
  ``chain.from_iterable`` over ``repeat(True, CHUNK)`` chunks, so a tick is a C-level ``next``;
- only when a chunk runs out does Python code run (``_Refill.__next__``): it counts the chunk
  against ``ops``, checks the wall clock, the process's resident memory and, for the call ticker,
  the depth of the stack, then hands out the next chunk;
- when a limit is hit the refill hands out a ``_Stopped`` iterator instead, whose ``__next__``
  raises the ``LimitExceeded`` every time: ``chain`` keeps an iterator that raised (it only drops
  exhausted ones), so every later tick of the run raises again.

Chunk sizes are fixed, so where a budget runs out depends only on the program: the output printed
before a "budget exceeded" is the same in every process. Memory is held to ``memory`` two ways:
amplifying operations check the size they are about to build (``check_size``), and each refill
compares the process's resident set with what it was when the run started (a backstop for
growth by many small steps; it is process-wide, so it is approximate in threaded hosts).
"""

from __future__ import annotations

import os
import sys
import threading
import time
from dataclasses import dataclass, fields
from itertools import chain, repeat

from .errors import LimitExceeded

LOOP_CHUNK = 1000     # loop ticks between refills: ~1 ns a tick of refill cost
CALL_CHUNK = 200      # calls between refills; bounds how far past ``recursion`` a stack can grow
RESIDENT_EVERY = 0.005  # seconds between two reads of the resident set size
BIG_OBJECT = 1 << 20    # bytes: an object this big is checked against what the run holds
FIRST_CHUNK = 16       # size of the first chunk of each ticker, doubling up to the full size
CLOCK_EVERY = 0.002     # seconds between clock reads once a run is past half its time
DEPTH_MARGIN = 400    # host frames kept free above the program's depth limit for our helpers

# Scheduler tasks run on threads of their own; each sets its own depth limit here.
thread_depth = threading.local()


@dataclass(frozen=True)
class Limits:
    """Resource limits of one run. ``None`` turns a limit off (the host still stays safe).

    ops: operations (loop iterations, calls, and bulk work such as sorting n items = n).
    memory: bytes the program may hold (pre-checked before amplifying operations).
    recursion: program call depth. time: wall-clock seconds. output: characters printed.
    int_digits: decimal digits of the largest int an operation may produce.
    """

    ops: int | None = 100_000_000
    memory: int | None = 256 * 1024 * 1024
    recursion: int | None = 256
    time: float | None = 10.0
    output: int | None = 10_000_000
    int_digits: int | None = 100_000

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise TypeError(f"Limits.{f.name} must be a non-negative number or None, "
                                f"not {value!r}")
            if f.name != "time" and not isinstance(value, int):
                raise TypeError(f"Limits.{f.name} must be an int or None, not {value!r}")

    @classmethod
    def none(cls) -> Limits:
        """No limits at all (for trusted code; the host's own recursion limit still applies)."""
        return cls(ops=None, memory=None, recursion=None, time=None, output=None, int_digits=None)


class _Stopped:
    """The iterator a refill hands out after a limit is hit: it raises on every tick."""

    __slots__ = ("error",)

    def __init__(self, error: LimitExceeded) -> None:
        self.error = error

    def __iter__(self):
        return self

    def __next__(self):
        raise self.error


class _Refill:
    """Source of chunks for ``chain.from_iterable``; never raises, so the chain never dies."""

    __slots__ = ("meter", "is_call", "size")

    def __init__(self, meter: Meter, is_call: bool) -> None:
        self.meter, self.is_call = meter, is_call
        self.size = FIRST_CHUNK  # grows to its full size: the clock is read early in a run

    def __iter__(self):
        return self

    def __next__(self):
        meter = self.meter
        try:
            if meter.stopped is None:
                size = self.size
                if size < (CALL_CHUNK if self.is_call else LOOP_CHUNK):
                    self.size = min(size * 2, CALL_CHUNK if self.is_call else LOOP_CHUNK)
                chunk = meter.refill(size, self.is_call)
                if chunk:
                    return repeat(True, chunk)
        except LimitExceeded as exc:
            meter.stopped = meter.stopped or exc
        except BaseException as exc:  # noqa: BLE001 - e.g. RecursionError while deep
            meter.stopped = meter.stopped or LimitExceeded(
                "RecursionError", "maximum recursion depth exceeded") \
                if isinstance(exc, RecursionError) else LimitExceeded("MemoryError", str(exc))
        return _Stopped(meter.stopped)


class Meter:
    """Per-run counters and the two tickers that guarded code calls."""

    def __init__(self, limits: Limits, base_depth: int) -> None:
        self.limits = limits
        self.ops = limits.ops
        self.used = 0
        self.stopped: LimitExceeded | None = None
        now = time.monotonic()
        self.deadline = None if limits.time is None else now + limits.time
        # Past half its time the run is timing-bound anyway: chunks then shrink so the clock
        # is read every few milliseconds however slow each iteration is (budget stops earlier
        # in the run do not depend on this, so they stay the same in every process).
        self.halfway = None if limits.time is None else now + limits.time / 2
        self.last_refill = now
        self.max_depth = None if limits.recursion is None else base_depth + limits.recursion
        self.memory = limits.memory
        self.rss_base = resident_bytes() if limits.memory is not None else None
        self.rss_next = 0.0
        self.loop = chain.from_iterable(_Refill(self, False))
        self.call = chain.from_iterable(_Refill(self, True)).__next__

    # -- budget -------------------------------------------------------------------------------
    def refill(self, chunk: int, is_call: bool) -> int:
        now = time.monotonic()
        if self.deadline is not None and now > self.deadline:
            raise self.stop("TimeoutError", f"time limit exceeded ({self.limits.time:g} s)")
        if self.memory is not None and now >= self.rss_next:
            self.rss_next = now + RESIDENT_EVERY
            self.check_resident()
        if is_call and self.max_depth is not None:
            chunk = self.depth_chunk(chunk)
        if self.halfway is not None and now > self.halfway:
            elapsed = now - self.last_refill
            if elapsed > CLOCK_EVERY:
                chunk = max(1, min(chunk, int(chunk * CLOCK_EVERY / elapsed)))
        self.last_refill = now
        if self.ops is None:
            return chunk
        left = self.ops - self.used
        if left <= 0:
            raise self.stop("RuntimeError", "budget exceeded")
        chunk = min(chunk, left)
        self.used += chunk
        return chunk

    def nest(self, frames: int) -> None:
        """Frames of ours around module code (a loop run as a function): not program depth."""
        if self.max_depth is not None:
            self.max_depth += frames

    def charge(self, amount: int) -> None:
        """Count ``amount`` operations of bulk work (sorting, joining, converting ...)."""
        if self.stopped is not None:
            raise self.stopped
        self.used += amount
        if self.ops is not None and self.used > self.ops:
            raise self.stop("RuntimeError", "budget exceeded")
        if amount > 10_000:
            self.check_clock()

    def stop(self, type_name: str, message: str) -> LimitExceeded:
        """Record the limit that ends the run; the caller raises what this returns."""
        if self.stopped is None:
            self.stopped = LimitExceeded(type_name, message)
        return self.stopped

    def finish(self) -> None:
        """The run is over: from now on, any program code left (a generator finalized later)
        stops at its first tick."""
        if self.stopped is None:
            self.stopped = LimitExceeded("RuntimeError", "the run has ended")

    def check_alive(self) -> None:
        if self.stopped is not None:
            raise self.stopped

    # -- clock, memory, depth -----------------------------------------------------------------
    def check_clock(self) -> None:
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise self.stop("TimeoutError", f"time limit exceeded ({self.limits.time:g} s)")

    def check_resident(self) -> None:
        now = resident_bytes()
        if now is not None and self.rss_base is not None and now - self.rss_base > self.memory:
            raise self.stop("MemoryError", f"memory limit exceeded ({self.memory} bytes)")

    def depth_chunk(self, chunk: int) -> int:
        """The most calls that can follow before the stack could pass ``max_depth``.

        Each call ticks once, so a chunk no larger than the headroom keeps the limit exact. The
        headroom is found by probing frames ``limit - c`` up for a few sizes ``c``: each probe
        is a C-level walk, far cheaper than counting frames in Python.
        """
        limit = getattr(thread_depth, "max_depth", self.max_depth) + 3  # frames of this refill
        getframe = sys._getframe
        for size in (chunk, 64, 16, 4, 1):
            if size > chunk:
                continue
            if limit - size < 0:
                continue
            try:
                getframe(limit - size)
            except ValueError:
                return size
        raise self.stop("RecursionError", "maximum recursion depth exceeded")

    def checked_text(self, text):
        """Return ``text`` if it fits the memory limit (f-strings with several fields)."""
        if self.memory is not None and len(text) > BIG_OBJECT:
            self.check_resident()  # it exists already: what it adds is in the resident set
        return text

    def check_size(self, nbytes: int) -> None:
        """Refuse to build an object of ``nbytes`` bytes when it would not fit the memory limit;
        a big one must also fit beside what the run already holds."""
        memory = self.memory
        if memory is None:
            return
        if nbytes > BIG_OBJECT:
            now = resident_bytes()
            if now is not None and self.rss_base is not None:
                nbytes += max(0, now - self.rss_base)
        if nbytes > memory:
            raise self.stop("MemoryError", f"memory limit exceeded ({memory} bytes)")


# -- resident memory ---------------------------------------------------------------------------
_STATM = "/proc/self/statm"
_statm_fd: int | None = None
_page = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def resident_bytes() -> int | None:
    """Resident set size of this process, or None where the platform cannot tell cheaply."""
    global _statm_fd
    if _statm_fd is None:
        try:
            _statm_fd = os.open(_STATM, os.O_RDONLY)
        except OSError:
            _statm_fd = -1
    if _statm_fd < 0:
        return None
    try:
        fields_ = os.pread(_statm_fd, 64, 0).split()
        return int(fields_[1]) * _page
    except (OSError, IndexError, ValueError, AttributeError):
        return None

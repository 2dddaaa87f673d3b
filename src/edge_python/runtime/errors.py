"""Program faults versus limit stops versus our own bugs, and where in the source they happened.

Three kinds of exception leave a run:
- a program exception (any exception the program raised or caused): reported with its type name
  and message, never re-raised into the host;
- a ``LimitExceeded`` (ops budget, memory, recursion, time, output): it derives from
  ``BaseException`` and from nothing the program can name, and every handler the compiler emits
  starts with a guard that re-raises it, so a program can neither catch nor suppress it;
- an ``InternalError``: a bug of ours, reported as such.

Positions come from the traceback: the innermost frame whose code was compiled from the program
(its ``co_filename`` is ``PROGRAM_FILE``) gives the failing line and column; the frames above it
give the "called from" notes. Nothing of the traceback itself ever reaches program code.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

PROGRAM_FILE = "<edge>"  # co_filename of every code object compiled from program source


class LimitExceeded(BaseException):  # noqa: N818 - it is a stop, not an error of the program
    """A sandbox limit stopped the run. ``type_name`` is what the host sees (MemoryError, ...)."""

    def __init__(self, type_name: str, message: str) -> None:
        super().__init__(message)
        self.type_name = type_name
        self.message = message


class InternalError(Exception):
    """A fault of edge-python itself, never of the program."""


@dataclass
class Frame:
    """One program frame of a traceback: the function and the source span of the failing node."""

    function: str
    line: int
    end_line: int | None
    col: int | None        # 0-based UTF-8 byte column, as CPython reports it
    end_col: int | None


def program_frames(tb) -> list[Frame]:
    """Program frames of a traceback, outermost first."""
    frames: list[Frame] = []
    while tb is not None:
        code = tb.tb_frame.f_code
        if code.co_filename == PROGRAM_FILE:
            frames.append(_frame(code, tb.tb_lasti, tb.tb_lineno))
        tb = tb.tb_next
    return frames


def _frame(code, lasti: int, lineno: int) -> Frame:
    name = code.co_name
    if hasattr(code, "co_positions") and lasti >= 0:
        for index, pos in enumerate(code.co_positions()):
            if index == lasti // 2:
                line, end_line, col, end_col = pos
                if line is not None:
                    return Frame(name, line, end_line, col, end_col)
                break
    return Frame(name, lineno, None, None, None)


def exception_message(exc: BaseException, to_str) -> str:
    """``str(exc)`` as the program would see it, never failing."""
    try:
        text = to_str(exc)
    except BaseException:  # noqa: BLE001 - a broken __str__ must not break reporting
        return "<exception str() failed>"
    return text if type(text) is str else "<exception str() failed>"


def exception_type_name(exc: BaseException) -> str:
    if isinstance(exc, LimitExceeded):
        return exc.type_name
    return type(exc).__name__


def chain_depth(exc: BaseException, cap: int) -> int:
    """Length of the __cause__/__context__ chain behind ``exc``, counting at most ``cap``."""
    depth = 0
    seen = exc
    while seen is not None and depth < cap:
        seen = seen.__cause__ or seen.__context__
        depth += 1
    return depth


def current_exception():
    return sys.exc_info()[1]

"""The host API: ``run(source, ...) -> Result``. Program faults are reported, never raised.

``run`` raises only for misuse by the host (a bad argument type). Everything the program does —
a syntax error, an exception, a limit stop — comes back in ``Result.error`` as a
``ProgramError``, with the output printed before it in ``Result.stdout``.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from threading import Lock

from .compiler import Program, compile_program
from .runtime.execute import execute
from .runtime.host import check_functions
from .runtime.limits import Limits
from .syntax.diagnostics import CompileError, SourceMap, render_snippet

DEFAULT_LIMITS = Limits()
_CACHE_SIZE = 256


@dataclass
class Note:
    """One "called from" frame of a runtime error: the function and where it was."""

    function: str
    line: int
    column: int | None
    repeats: int = 0

    def same_place(self, other: Note) -> bool:
        return (self.function, self.line, self.column) == (other.function, other.line, other.column)


@dataclass
class ProgramError:
    """What ended a run that did not finish: its type name, message and source position."""

    type_name: str
    message: str
    line: int | None = None
    column: int | None = None
    end_line: int | None = None
    end_column: int | None = None
    notes: list[Note] = field(default_factory=list)
    source: str = field(default="", repr=False)

    def __str__(self) -> str:
        return f"{self.type_name}: {self.message}" if self.message else self.type_name

    def render(self, path: str = "<input>") -> str:
        """A rustc-style diagnostic: ``error: T: msg``, location, source line and caret."""
        lines = [f"error: {self}"]
        if self.line is not None:
            smap = SourceMap(self.source)
            first = smap.offset_of(self.line, None)
            if self.column is None:  # the line only (CPython 3.10): underline all of it
                text = smap.line_text(self.line)
                start = first + len(text) - len(text.lstrip())
                end = first + len(text.rstrip())
            else:
                start = first + self.column - 1
                end = start + 1
                if self.end_line == self.line and self.end_column:
                    end = max(start + 1, smap.offset_of(self.end_line, None) + self.end_column - 1)
            lines.extend(render_snippet(smap, start, end, path, self.column is not None))
        for note in self.notes:
            where = f"{path}:{note.line}" + (f":{note.column}" if note.column else "")
            again = f" ({note.repeats} more times)" if note.repeats else ""
            lines.append(f"note: called from {note.function}(){again}")
            lines.append(f"  --> {where}")
        return "\n".join(lines)


@dataclass
class Result:
    """The outcome of one run."""

    stdout: str
    error: ProgramError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


class _Cache:
    """Compiled programs by source text, most recently used kept."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.items: OrderedDict[str, Program] = OrderedDict()
        self.lock = Lock()

    def get(self, source: str) -> Program:
        program = self.items.get(source)
        if program is not None:
            return program
        program = compile_program(source)
        with self.lock:
            self.items[source] = program
            if len(self.items) > self.size:
                self.items.popitem(last=False)
        return program


_cache = _Cache(_CACHE_SIZE)


def compile_source(source: str) -> Program:
    """Compile (or fetch from the cache) a program; raises ``CompileError`` on a fault."""
    _check_source(source)
    return _cache.get(source)


def run(source: str, stdin: list[str] | None = None, events: list[str] | None = None,
        limits: Limits | None = None, *, functions: Mapping[str, Callable] | None = None) -> Result:
    """Run a whole program and report what it printed and how it ended.

    ``functions`` are host callables the program may call by name; plain values cross to and
    from them by copy, and their exceptions reach the program as builtin ones (``runtime/host.py``).
    """
    _check_source(source)
    extra = check_functions(functions)
    stdin = _check_lines(stdin, "stdin")
    events = _check_lines(events, "events")
    if limits is None:
        limits = DEFAULT_LIMITS
    elif not isinstance(limits, Limits):
        raise TypeError(f"limits must be an edge_python.Limits, not {type(limits).__name__}")
    try:
        program = _cache.get(source)
    except CompileError as exc:
        return Result("", _compile_error(exc, source))
    outcome = execute(program, limits, stdin, events, extra)
    if outcome.type_name is None:
        return Result(outcome.stdout)
    return Result(outcome.stdout, _runtime_error(outcome, program))


def _check_source(source) -> None:
    if not isinstance(source, str):
        raise TypeError(f"source must be a str, not {type(source).__name__}")


def _check_lines(lines, what: str):
    if lines is None:
        return None
    if isinstance(lines, (str, bytes)) or not hasattr(lines, "__iter__"):
        raise TypeError(f"{what} must be a list of str or None")
    lines = list(lines)
    for item in lines:
        if not isinstance(item, str):
            raise TypeError(f"{what} must contain only str, not {type(item).__name__}")
    return lines


def _compile_error(exc: CompileError, source: str) -> ProgramError:
    text = source[1:] if source.startswith("\ufeff") else source
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    smap = SourceMap(text)
    start = min(exc.start, len(text))
    line, col = smap.position(start)
    end_line, end_col = smap.position(min(max(exc.end, start + 1), len(text)))
    return ProgramError(exc.type_name, exc.message, line, col, end_line, end_col, [], text)


def _runtime_error(outcome, program: Program) -> ProgramError:
    smap = program.smap
    frames = outcome.frames
    error = ProgramError(outcome.type_name, outcome.message or "", source=program.source)
    if not frames:
        return error
    if outcome.type_name == "RecursionError" and len(frames) > 1:
        frames = frames[:-1]  # report the call that went too deep, not the entry it reached
    inner = frames[-1]
    start = smap.offset_of(inner.line, inner.col)
    error.line, error.column = smap.position(start)
    if inner.col is None:  # CPython 3.10 records lines only
        error.column = None
    elif inner.end_line is not None and inner.end_col is not None:
        end = smap.offset_of(inner.end_line, inner.end_col)
        error.end_line, error.end_column = smap.position(end)
    for caller in reversed(frames[:-1]):
        if caller.function == "<module>" or caller.function.startswith("$"):  # module code
            continue
        line, column = smap.position(smap.offset_of(caller.line, caller.col))
        note = Note(caller.function, line, column if caller.col is not None else None)
        if error.notes and error.notes[-1].same_place(note):
            error.notes[-1].repeats += 1
        else:
            error.notes.append(note)
    return error

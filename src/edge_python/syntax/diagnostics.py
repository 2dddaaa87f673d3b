"""Source positions and rustc-style diagnostics.

Every node and token carries character offsets ``(start, end)`` into the source text. A
``SourceMap`` turns an offset into the 1-based line and column users see, and into the UTF-8
byte column CPython's ``ast`` wants (see ``compiler/locations.py``). Offsets, not line/column
pairs, are stored because they are cheap to compare and to slice with.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right


class SourceMap:
    """Offset <-> line/column conversion for one source text."""

    __slots__ = ("text", "line_starts", "_ascii")

    def __init__(self, text: str) -> None:
        self.text = text
        starts = [0]
        find = text.find
        i = find("\n")
        while i >= 0:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self.line_starts = starts
        self._ascii = text.isascii()

    def line_of(self, offset: int) -> int:
        """1-based line number of ``offset``."""
        return bisect_right(self.line_starts, offset)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of ``offset``, columns counted in characters."""
        line = bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1

    def byte_column(self, offset: int) -> tuple[int, int]:
        """(1-based line, 0-based UTF-8 byte column) of ``offset``, as CPython's ``ast`` wants."""
        line = bisect_right(self.line_starts, offset)
        start = self.line_starts[line - 1]
        if self._ascii:
            return line, offset - start
        return line, len(self.text[start:offset].encode("utf-8", "surrogatepass"))

    def offset_of(self, line: int, byte_col: int | None) -> int:
        """Inverse of ``byte_column``: the character offset of a CPython (line, byte column)."""
        if line < 1:
            return 0
        if line > len(self.line_starts):
            return len(self.text)
        start = self.line_starts[line - 1]
        if not byte_col:
            return start
        if self._ascii:
            return min(start + byte_col, len(self.text))
        end = self.line_end(line)
        raw = self.text[start:end].encode("utf-8", "surrogatepass")[:byte_col]
        return start + len(raw.decode("utf-8", "ignore"))

    def line_end(self, line: int) -> int:
        """Offset of the end of ``line`` (before its newline)."""
        if line < len(self.line_starts):
            return self.line_starts[line] - 1
        return len(self.text)

    def line_text(self, line: int) -> str:
        if line < 1 or line > len(self.line_starts):
            return ""
        return self.text[self.line_starts[line - 1]:self.line_end(line)].rstrip("\r")


def display_width(text: str) -> int:
    """Terminal columns taken by ``text`` (wide East Asian characters count two)."""
    if text.isascii():
        return len(text)
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return width


def render_snippet(smap: SourceMap, start: int, end: int, path: str = "<input>",
                   with_column: bool = True) -> list[str]:
    """The ``-->`` location line, the source line and a caret line under ``start..end``."""
    line, col = smap.position(start)
    text = smap.line_text(line).expandtabs(1)
    gutter = " " * len(str(line))
    end = max(end, start + 1)
    end = min(end, smap.line_end(line)) if end > smap.line_end(line) else end
    first = smap.line_starts[line - 1]
    lead = display_width(smap.text[first:start].expandtabs(1))
    width = max(1, display_width(smap.text[start:max(end, start)].expandtabs(1)))
    return [
        f"{gutter}--> {path}:{line}:{col}" if with_column else f"{gutter}--> {path}:{line}",
        f"{gutter} |",
        f"{line} | {text}",
        f"{gutter} | {' ' * lead}{'^' * width}",
    ]


class CompileError(Exception):
    """A compile-time fault of the program (SyntaxError and friends), with its source span.

    Raised by the lexer, parser and compiler; ``api.run`` turns it into a ``ProgramError``.
    The first error wins: there is no recovery.
    """

    def __init__(self, message: str, start: int, end: int | None = None,
                 type_name: str = "SyntaxError") -> None:
        super().__init__(message)
        self.message = message
        self.start = start
        self.end = start + 1 if end is None else end
        self.type_name = type_name

"""Source spans -> the positions CPython's ``ast`` wants (1-based lines, UTF-8 byte columns).

This is the only place that converts: every emitted node gets the position of the source node it
was lowered from, so CPython's tracebacks and its own compile errors point back into the program.
"""

from __future__ import annotations

from ..syntax.diagnostics import SourceMap

Loc = tuple  # (lineno, col_offset, end_lineno, end_col_offset)


class Locator:
    __slots__ = ("smap", "cache")

    def __init__(self, smap: SourceMap) -> None:
        self.smap = smap
        self.cache: dict[tuple[int, int], Loc] = {}

    def __call__(self, node) -> Loc:
        key = (node.start, node.end)
        loc = self.cache.get(key)
        if loc is None:
            line, col = self.smap.byte_column(node.start)
            end_line, end_col = self.smap.byte_column(max(node.end, node.start))
            loc = (line, col, end_line, end_col)
            self.cache[key] = loc
        return loc


def mk(cls, loc: Loc, *args, **kwargs):
    """Build an ``ast`` node at ``loc``."""
    node = cls(*args, **kwargs)
    node.lineno, node.col_offset, node.end_lineno, node.end_col_offset = loc
    return node

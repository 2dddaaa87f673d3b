"""Source spans -> the positions CPython's ``ast`` wants (1-based lines, UTF-8 byte columns).

This is the only place that converts: every emitted node gets the position of the source node it
was lowered from, so CPython's tracebacks and its own compile errors point back into the program.
"""

from __future__ import annotations

from ..syntax.diagnostics import SourceMap

Loc = tuple  # (lineno, col_offset, end_lineno, end_col_offset)


class Locator:
    """Positions of syntax nodes, each found once and kept on the node."""

    __slots__ = ("smap",)

    def __init__(self, smap: SourceMap) -> None:
        self.smap = smap

    def __call__(self, node) -> Loc:
        loc = node._loc
        if loc is None:
            line, col = self.smap.byte_column(node.start)
            end_line, end_col = self.smap.byte_column(max(node.end, node.start))
            loc = node._loc = (line, col, end_line, end_col)
        return loc


def mk(cls, loc: Loc, *args, **kwargs):
    """Build an ``ast`` node at ``loc``."""
    node = cls(*args, **kwargs)
    node.lineno, node.col_offset, node.end_lineno, node.end_col_offset = loc
    return node

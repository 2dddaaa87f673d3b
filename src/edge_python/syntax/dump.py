"""One-line S-expression dump of syntax trees, for tests and ``edge --dump-ast``."""

from __future__ import annotations

from .nodes import Node


def dump(node, spans: bool = False) -> str:
    """``(BinOp (Name x) Add (Constant 1))``; with ``spans``, each node shows ``@start:end``."""
    parts: list[str] = []
    _dump(node, spans, parts)
    return "".join(parts)


def _dump(value, spans: bool, out: list[str]) -> None:
    if isinstance(value, Node):
        out.append("(" + type(value).__name__)
        if spans:
            out.append(f"@{value.start}:{value.end}")
        for field in value._fields:
            out.append(" ")
            _dump(getattr(value, field), spans, out)
        out.append(")")
    elif isinstance(value, list):
        out.append("[")
        for i, item in enumerate(value):
            if i:
                out.append(" ")
            _dump(item, spans, out)
        out.append("]")
    elif isinstance(value, str):
        out.append(repr(value) if not value.isidentifier() else value)
    else:
        out.append(repr(value))

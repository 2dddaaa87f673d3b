"""CPython's own ``ast`` rendered in the same S-expression form as ``edge_python.syntax.dump``.

The parser tests parse a program with both parsers and compare the two dumps: CPython's parser is
the oracle for every construct the two languages share.
"""

from __future__ import annotations

import ast

# CPython fields left out of the comparison (contexts, type comments, kinds of string constant).
_SKIP = {"ctx", "type_comment", "kind", "type_ignores"}
_ASYNC = {"AsyncFunctionDef": "FunctionDef", "AsyncFor": "For", "AsyncWith": "With"}
_FIELDS = {
    "FunctionDef": "name args body decorator_list returns is_async type_params",
    "ClassDef": "name bases keywords body decorator_list type_params",
    "For": "target iter body orelse is_async",
    "With": "items body is_async",
    "ImportFrom": "module names level quoted",
    "comprehension": "target iter ifs is_async",
}


def dump_python(source: str) -> list[str]:
    tree = ast.parse(source)
    return [_dump(stmt) for stmt in tree.body]


def _dump(value) -> str:
    if isinstance(value, ast.AST):
        name = type(value).__name__
        is_async = name in _ASYNC
        name = _ASYNC.get(name, name)
        if isinstance(value, (ast.operator, ast.cmpop, ast.unaryop, ast.boolop)):
            return name
        fields = _FIELDS.get(name)
        names = fields.split() if fields else [f for f in value._fields if f not in _SKIP]
        parts = []
        for field in names:
            if field == "is_async":
                parts.append(repr(bool(is_async or getattr(value, "is_async", 0))))
            elif field == "quoted":
                parts.append("False")
            elif field == "type_params":
                parts.append(_dump(getattr(value, "type_params", [])))
            else:
                parts.append(_dump(getattr(value, field)))
        return "(" + " ".join([name] + parts) + ")"
    if isinstance(value, list):
        return "[" + " ".join(_dump(v) for v in value) + "]"
    if isinstance(value, str):
        return value if value.isidentifier() else repr(value)
    return repr(value)

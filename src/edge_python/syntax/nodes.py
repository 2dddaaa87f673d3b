"""Syntax tree nodes of Edge Python, each with its source span.

Classes take CPython's ``ast`` names wherever Python has the construct, so ``compiler/lower.py``
reads one-to-one against ``ast``. Differences: ``async`` is a flag on FunctionDef/For/With and
comprehensions instead of separate classes; nodes carry no Load/Store context (the lowering
knows it from the position); ImportFrom has ``quoted`` for Edge's string import specs.

Every node has ``start``/``end`` character offsets into the source. Classes are generated from
one table so that each is a slotted class with a positional ``__init__`` (cheap to build, since
the parser makes one per syntax element).
"""

from __future__ import annotations

from typing import Any


class Node:
    """Base of all nodes: ``start``/``end`` are character offsets, ``_fields`` the children."""

    __slots__ = ("start", "end", "_children", "_loc")
    _fields: tuple[str, ...] = ()

    def __repr__(self) -> str:
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"<{type(self).__name__}@{self.start}:{self.end} {inner}>"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in self._fields)

    __hash__ = object.__hash__


class stmt(Node):
    __slots__ = ()


class expr(Node):
    __slots__ = ()


class pattern(Node):
    __slots__ = ()


class helper(Node):
    """Nodes that are neither statements nor expressions (arguments, handlers, ...)."""

    __slots__ = ()


_TABLE: list[tuple[type, str, str]] = [
    (helper, "Module", "body"),
    # statements
    (stmt, "FunctionDef", "name args body decorator_list returns is_async type_params"),
    (stmt, "ClassDef", "name bases keywords body decorator_list type_params"),
    (stmt, "Return", "value"),
    (stmt, "Delete", "targets"),
    (stmt, "Assign", "targets value"),
    (stmt, "AugAssign", "target op value"),
    (stmt, "AnnAssign", "target annotation value simple"),
    (stmt, "For", "target iter body orelse is_async"),
    (stmt, "While", "test body orelse"),
    (stmt, "If", "test body orelse"),
    (stmt, "With", "items body is_async"),
    (stmt, "Match", "subject cases"),
    (stmt, "Raise", "exc cause"),
    (stmt, "Try", "body handlers orelse finalbody"),
    (stmt, "Assert", "test msg"),
    (stmt, "Import", "names"),
    (stmt, "ImportFrom", "module names level quoted"),
    (stmt, "Global", "names"),
    (stmt, "Nonlocal", "names"),
    (stmt, "Expr", "value"),
    (stmt, "Pass", ""),
    (stmt, "Break", ""),
    (stmt, "Continue", ""),
    (stmt, "TypeAlias", "name type_params value"),
    # expressions
    (expr, "BoolOp", "op values"),
    (expr, "NamedExpr", "target value"),
    (expr, "BinOp", "left op right"),
    (expr, "UnaryOp", "op operand"),
    (expr, "Lambda", "args body"),
    (expr, "IfExp", "test body orelse"),
    (expr, "Dict", "keys values"),
    (expr, "Set", "elts"),
    (expr, "ListComp", "elt generators"),
    (expr, "SetComp", "elt generators"),
    (expr, "DictComp", "key value generators"),
    (expr, "GeneratorExp", "elt generators"),
    (expr, "Await", "value"),
    (expr, "Yield", "value"),
    (expr, "YieldFrom", "value"),
    (expr, "Compare", "left ops comparators"),
    (expr, "Call", "func args keywords"),
    (expr, "FormattedValue", "value conversion format_spec"),
    (expr, "JoinedStr", "values"),
    (expr, "Constant", "value"),
    (expr, "Attribute", "value attr"),
    (expr, "Subscript", "value slice"),
    (expr, "Starred", "value"),
    (expr, "Name", "id"),
    (expr, "List", "elts"),
    (expr, "Tuple", "elts"),
    (expr, "Slice", "lower upper step"),
    # helpers
    (helper, "arguments", "posonlyargs args vararg kwonlyargs kw_defaults kwarg defaults"),
    (helper, "arg", "arg annotation"),
    (helper, "keyword", "arg value"),
    (helper, "alias", "name asname"),
    (helper, "withitem", "context_expr optional_vars"),
    (helper, "match_case", "pattern guard body"),
    (helper, "comprehension", "target iter ifs is_async"),
    (helper, "ExceptHandler", "type name body"),
    (helper, "type_param", "name bound"),
    # patterns
    (pattern, "MatchValue", "value"),
    (pattern, "MatchSingleton", "value"),
    (pattern, "MatchSequence", "patterns"),
    (pattern, "MatchMapping", "keys patterns rest"),
    (pattern, "MatchClass", "cls patterns kwd_attrs kwd_patterns"),
    (pattern, "MatchStar", "name"),
    (pattern, "MatchAs", "pattern name"),
    (pattern, "MatchOr", "patterns"),
]


def _make(base: type, name: str, spec: str) -> type:
    fields = tuple(spec.split())
    params = ", ".join(fields + ("start", "end"))
    body = "".join(f"\n    self.{f} = {f}" for f in fields + ("start", "end"))
    body += "\n    self._children = self._loc = None"  # found when first asked for
    namespace: dict[str, Any] = {}
    exec(f"def __init__(self, {params}):{body}", namespace)  # noqa: S102 - generated init
    return type(name, (base,), {"__slots__": fields, "_fields": fields,
                                "__init__": namespace["__init__"]})


for _base, _name, _spec in _TABLE:
    globals()[_name] = _make(_base, _name, _spec)

del _base, _name, _spec

# Names for type checkers and readers; the classes themselves come from _TABLE above.
Module: Any
FunctionDef: Any
ClassDef: Any
Return: Any
Delete: Any
Assign: Any
AugAssign: Any
AnnAssign: Any
For: Any
While: Any
If: Any
With: Any
Match: Any
Raise: Any
Try: Any
Assert: Any
Import: Any
ImportFrom: Any
Global: Any
Nonlocal: Any
Expr: Any
Pass: Any
Break: Any
Continue: Any
TypeAlias: Any
BoolOp: Any
NamedExpr: Any
BinOp: Any
UnaryOp: Any
Lambda: Any
IfExp: Any
Dict: Any
Set: Any
ListComp: Any
SetComp: Any
DictComp: Any
GeneratorExp: Any
Await: Any
Yield: Any
YieldFrom: Any
Compare: Any
Call: Any
FormattedValue: Any
JoinedStr: Any
Constant: Any
Attribute: Any
Subscript: Any
Starred: Any
Name: Any
List: Any
Tuple: Any
Slice: Any
arguments: Any
arg: Any
keyword: Any
alias: Any
withitem: Any
match_case: Any
comprehension: Any
ExceptHandler: Any
type_param: Any
MatchValue: Any
MatchSingleton: Any
MatchSequence: Any
MatchMapping: Any
MatchClass: Any
MatchStar: Any
MatchAs: Any
MatchOr: Any


# Fields that never hold nodes: skipping them makes walking the tree cheaper.
_SCALAR_FIELDS = frozenset("""id attr op arg asname level quoted is_async simple conversion
module kwd_attrs rest ops""".split())
for _cls in list(globals().values()):
    if isinstance(_cls, type) and issubclass(_cls, Node) and _cls._fields:
        _cls._child_fields = tuple(f for f in _cls._fields if f not in _SCALAR_FIELDS)
Node._child_fields = ()
globals()["Constant"]._child_fields = ()  # its value is data, never a node
del _cls


def iter_children(node: Node) -> list:
    """The child nodes of ``node`` (through lists), in field order: found once, then kept (the
    analyses walk each function several times; nothing changes a tree once it is parsed).
    The list is shared: callers must not change it."""
    children = node._children
    if children is not None:
        return children
    children = []
    append = children.append
    for field in node._child_fields:
        value = getattr(node, field)
        if type(value) is list:
            for item in value:
                if isinstance(item, Node):
                    append(item)
        elif isinstance(value, Node):
            append(value)
    node._children = children
    return children


def walk(node: Node):
    """Every node under ``node`` (itself included), without recursion on the host stack."""
    stack = [node]
    pop, extend = stack.pop, stack.extend
    while stack:
        current = pop()
        yield current
        extend(iter_children(current))

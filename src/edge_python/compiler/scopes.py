"""Whole-program facts the lowering needs before it starts.

CPython's own compiler does name resolution (locals, cells, globals, class scopes) on the code we
emit, so this pass only answers what the lowering must know up front:
- which names the program binds anywhere (a builtin such as ``range`` that is never rebound can
  be relied on by the compiler);
- whether module-level code awaits (the module then compiles as a coroutine);
- names that must not appear at all (``__builtins__``, the host's view of our builtins).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..syntax import nodes as n
from ..syntax.diagnostics import CompileError

FORBIDDEN_NAMES = frozenset(("__builtins__", "__loader__", "__spec__", "__build_class__", "__import__"))


@dataclass
class Analysis:
    bound: set[str] = field(default_factory=set)
    top_level_await: bool = False

    def is_builtin(self, name: str) -> bool:
        """True when ``name`` can only ever mean the builtin of that name."""
        return name not in self.bound


def analyse(module) -> Analysis:
    facts = Analysis()
    bound = facts.bound
    stack = [(module, False)]
    while stack:
        node, in_function = stack.pop()
        kind = type(node)
        if kind is n.Name:  # the commonest node: its one identifier checked in line
            if node.id in FORBIDDEN_NAMES:
                _check_identifiers(node, ("id",))
            continue  # (a Name has no children)
        binder = _BINDERS.get(kind)
        if binder is not None:
            binder(node, bound)
        fields = _IDENTIFIER_FIELDS.get(kind)
        if fields is not None:
            _check_identifiers(node, fields)
        if not in_function and (kind is n.Await or (kind in (n.For, n.With, n.comprehension)
                                                    and node.is_async)):
            facts.top_level_await = True
        inner = in_function or kind is n.FunctionDef or kind is n.Lambda
        for child in n.iter_children(node):
            stack.append((child, inner))
    return facts


# Every place a program spells an identifier. None may be one of FORBIDDEN_NAMES, in any role:
# binding ``__builtins__`` (by assignment, capture, except-as, class, global ...) would hand
# the program the builtins that later functions look their helpers up in.
_IDENTIFIER_FIELDS = {
    n.Name: ("id",), n.arg: ("arg",), n.FunctionDef: ("name",), n.ClassDef: ("name",),
    n.alias: ("name", "asname"), n.ExceptHandler: ("name",), n.MatchAs: ("name",),
    n.MatchStar: ("name",), n.MatchMapping: ("rest",), n.MatchClass: ("kwd_attrs",),
    n.Global: ("names",), n.Nonlocal: ("names",), n.keyword: ("arg",), n.Attribute: ("attr",),
    n.type_param: ("name",),
}


def _check_identifiers(node, fields) -> None:
    for name in fields:
        value = getattr(node, name)
        for ident in value if type(value) is list else (value,):
            if type(ident) is str and ident in FORBIDDEN_NAMES:
                raise CompileError(f"'{ident}' is not available in Edge Python", node.start,
                                   node.end, "NameError")


def _bind_function(node, bound: set) -> None:
    if type(node) is n.FunctionDef:
        bound.add(node.name)
    args = node.args
    for group in (args.posonlyargs, args.args, args.kwonlyargs):
        for a in group:
            bound.add(a.arg)
    for a in (args.vararg, args.kwarg):
        if a is not None:
            bound.add(a.arg)


def _bind_alias(node, bound: set) -> None:
    name = node.asname or (node.name if type(node.name) is str else "")
    bound.add(name.split(".")[0])


def _bind_targets(node, bound: set) -> None:
    for target in node.targets:
        _target_names(target, bound)


def _target_names(target, bound: set) -> None:
    kind = type(target)
    if kind is n.Name:
        bound.add(target.id)
    elif kind is n.Tuple or kind is n.List:
        for elt in target.elts:
            _target_names(elt, bound)
    elif kind is n.Starred:
        _target_names(target.value, bound)


_BINDERS = {
    n.FunctionDef: _bind_function,
    n.Lambda: _bind_function,
    n.ClassDef: lambda node, bound: bound.add(node.name),
    n.Global: lambda node, bound: bound.update(node.names),
    n.Nonlocal: lambda node, bound: bound.update(node.names),
    n.alias: _bind_alias,
    n.ExceptHandler: lambda node, bound: node.name and bound.add(node.name),
    n.MatchAs: lambda node, bound: node.name and bound.add(node.name),
    n.MatchStar: lambda node, bound: node.name and bound.add(node.name),
    n.MatchMapping: lambda node, bound: node.rest and bound.add(node.rest),
    n.Assign: _bind_targets,
    n.Delete: _bind_targets,
    n.AugAssign: lambda node, bound: _target_names(node.target, bound),
    n.AnnAssign: lambda node, bound: _target_names(node.target, bound),
    n.For: lambda node, bound: _target_names(node.target, bound),
    n.comprehension: lambda node, bound: _target_names(node.target, bound),
    n.withitem: lambda node, bound: node.optional_vars is not None
    and _target_names(node.optional_vars, bound),
    n.NamedExpr: lambda node, bound: bound.add(node.target.id),
    n.TypeAlias: lambda node, bound: bound.add(node.name.id),
}

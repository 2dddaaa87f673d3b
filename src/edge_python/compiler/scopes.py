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
        if kind is n.Name:
            if node.id in FORBIDDEN_NAMES:
                raise CompileError(f"'{node.id}' is not available in Edge Python", node.start, node.end,
                                   "NameError")
        elif kind is n.FunctionDef or kind is n.Lambda:
            if kind is n.FunctionDef:
                bound.add(node.name)
            _bind_arguments(node.args, bound)
        elif kind is n.ClassDef:
            bound.add(node.name)
        elif kind in (n.Global, n.Nonlocal):
            bound.update(node.names)
        elif kind is n.alias:
            name = node.asname or (node.name if type(node.name) is str else "")
            bound.add(name.split(".")[0])
        elif kind is n.ExceptHandler and node.name:
            bound.add(node.name)
        elif kind in (n.MatchAs, n.MatchStar) and node.name:
            bound.add(node.name)
        elif kind is n.MatchMapping and node.rest:
            bound.add(node.rest)
        elif not in_function and (kind is n.Await or (kind in (n.For, n.With) and node.is_async)
                                  or (kind is n.comprehension and node.is_async)):
            facts.top_level_await = True
        inner = in_function or kind in (n.FunctionDef, n.Lambda)
        for child in n.iter_children(node):
            stack.append((child, inner))
    _collect_targets(module, bound)
    return facts


def _bind_arguments(args, bound: set) -> None:
    for group in (args.posonlyargs, args.args, args.kwonlyargs):
        for a in group:
            bound.add(a.arg)
    for a in (args.vararg, args.kwarg):
        if a is not None:
            bound.add(a.arg)


def _collect_targets(module, bound: set) -> None:
    """Names stored to by assignments, loops, with, walrus, del and comprehensions."""
    for node in n.walk(module):
        kind = type(node)
        if kind is n.Assign:
            for target in node.targets:
                _target_names(target, bound)
        elif kind in (n.AugAssign, n.AnnAssign, n.For, n.comprehension):
            _target_names(node.target, bound)
        elif kind is n.withitem and node.optional_vars is not None:
            _target_names(node.optional_vars, bound)
        elif kind is n.NamedExpr:
            bound.add(node.target.id)
        elif kind is n.Delete:
            for target in node.targets:
                _target_names(target, bound)
        elif kind is n.TypeAlias:
            bound.add(node.name.id)


def _target_names(target, bound: set) -> None:
    kind = type(target)
    if kind is n.Name:
        bound.add(target.id)
    elif kind is n.Tuple or kind is n.List:
        for elt in target.elts:
            _target_names(elt, bound)
    elif kind is n.Starred:
        _target_names(target.value, bound)

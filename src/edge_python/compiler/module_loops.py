"""Loops at the top of a program, run as functions: the same program, at function speed."""

from __future__ import annotations

import ast
import sys

from ..syntax import nodes as n
from .guards import call, const, name
from .locations import mk


def runs_as_function(statement) -> bool:
    """Is ``statement`` a module-level loop (or holds one) that may run as a function?"""
    return _loops_here(statement) and _can_run_as_function(statement)


def module_loop(lowered: list, loc) -> list:
    """A loop of module code (or a statement holding one), run as a function whose globals
    are the names it binds.

    Module code looks every name up with ``LOAD_NAME`` and stores with ``STORE_NAME`` (dict
    operations CPython never caches), and the guards' temporaries are names too. In a
    function the temporaries are fast locals and program names cached global loads, which
    is what makes loops at the top of a script run at the speed of loops in functions. The
    function (``$loop``: error notes skip it, as they skip the module) does not count toward
    the program's recursion depth (``$nest``)."""
    bound = sorted(_bound_names(lowered))
    prologue = [mk(ast.Global, loc, bound)] if bound else []
    enter = mk(ast.Expr, loc, call("$nest", loc, const(1, loc)))
    leave = mk(ast.Expr, loc, call("$nest", loc, const(-1, loc)))
    guarded = mk(ast.Try, loc, lowered, [], [], [leave])
    args = ast.arguments(posonlyargs=[], args=[], vararg=None, kwonlyargs=[], kw_defaults=[],
                         kwarg=None, defaults=[])
    func = mk(ast.FunctionDef, loc, name="$loop", args=args, body=prologue + [enter, guarded],
              decorator_list=[], returns=None, type_comment=None,
              **({"type_params": []} if sys.version_info >= (3, 12) else {}))
    run_it = mk(ast.Expr, loc, mk(ast.Call, loc, name("$loop", loc), [], []))
    return [func, run_it]


_FRAME_NAMES = frozenset(("locals", "vars", "dir"))  # they would see the function's frame
# In the loop's own scope these would behave differently in a function (await, yield), or
# would show the function in their __qualname__ (lambdas and generator expressions).
_NOT_IN_SCOPE = (n.Await, n.Yield, n.YieldFrom, n.Lambda, n.GeneratorExp)


_COMPOUND = (n.If, n.Try, n.With, n.Match)


def _loops_here(statement) -> bool:
    """A loop, or a compound statement (``if __name__ == "__main__":`` ...) holding one."""
    if type(statement) in (n.For, n.While):
        return True
    if type(statement) not in _COMPOUND:
        return False
    return any(type(node) in (n.For, n.While) for node in n.walk(statement))


def _can_run_as_function(statement) -> bool:
    """Is a module-level loop the same program when run inside a function?"""
    for node in n.walk(statement):
        kind = type(node)
        if kind is n.Global or kind is n.Nonlocal or (kind is n.Name and node.id in _FRAME_NAMES):
            return False
    stack = [statement]
    while stack:  # the loop's own scope: nested functions and classes only for what runs here
        node = stack.pop()
        kind = type(node)
        if kind in _NOT_IN_SCOPE or (kind in (n.For, n.With, n.comprehension) and node.is_async):
            return False
        if kind is n.FunctionDef:
            stack.extend(node.decorator_list)
            stack.append(node.args)
        elif kind is n.ClassDef:
            stack.extend(node.decorator_list)
            stack.extend(node.bases)
            stack.extend(node.keywords)
        else:
            stack.extend(n.iter_children(node))
    return True


def _bound_names(statements: list) -> set[str]:
    """Program names the lowered ``statements`` bind in their own scope (not in nested
    functions, classes or comprehension targets); temporaries (``$...``) stay local."""
    bound: set[str] = set()
    stack = list(statements)
    while stack:
        node = stack.pop()
        kind = type(node)
        if kind is ast.Name:
            if not isinstance(node.ctx, ast.Load) and not node.id.startswith("$"):
                bound.add(node.id)
            continue
        if kind in (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef):
            bound.add(node.name)
            stack.extend(node.decorator_list)
            if kind is ast.ClassDef:
                stack.extend(node.bases)
                stack.extend(k.value for k in node.keywords)
            else:
                stack.extend(node.args.defaults)
                stack.extend(d for d in node.args.kw_defaults if d is not None)
            continue
        if kind is ast.Lambda:
            stack.extend(node.args.defaults)
            stack.extend(d for d in node.args.kw_defaults if d is not None)
            continue
        if kind in (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp):
            for gen in node.generators:  # the first iterable runs here; targets are the comp's
                stack.append(gen.iter)
                stack.extend(gen.ifs)
            stack.extend((node.key, node.value) if kind is ast.DictComp else (node.elt,))
            continue
        if kind is ast.ExceptHandler and node.name and not node.name.startswith("$"):
            bound.add(node.name)
        elif kind in (ast.Import, ast.ImportFrom):
            bound.update((a.asname or a.name).split(".")[0] for a in node.names if a.name != "*")
        elif kind in (ast.MatchAs, ast.MatchStar) and node.name:
            bound.add(node.name)
        elif kind is ast.MatchMapping and node.rest:
            bound.add(node.rest)
        stack.extend(ast.iter_child_nodes(node))
    return bound

"""Which functions may be memoized: self-recursive, and pure by construction.

Edge memoizes pure functions. Memoizing must be invisible, so the proof is strict: a module-level
``def`` (no decorators, not async, no ``yield``) whose body
- names nothing but its own parameters and locals, itself, and builtins that compute from their
  arguments alone (``PURE_BUILTINS``, and only if the program never rebinds them);
- calls nothing but itself and those builtins;
- reads no attribute, stores into no subscript, deletes nothing, declares nothing global or
  nonlocal, defines no function, lambda or class, and awaits nothing.
Arguments and results are checked at run time too (``runtime/memo.py``): only ints, strings,
bytes, booleans, None and tuples of them are keys, keyed with their types so ``1``, ``1.0`` and
``True`` differ. Only functions that call themselves are memoized: that is where repeated
arguments are the rule (naive ``fib``), and elsewhere the bookkeeping would only cost.
"""

from __future__ import annotations

from ..syntax import nodes as n

PURE_BUILTINS = frozenset("""abs min max len int str bool round divmod pow ord chr hex oct bin
all any tuple range""".split())

_FORBIDDEN = (n.Global, n.Nonlocal, n.Attribute, n.Delete, n.FunctionDef, n.ClassDef, n.Lambda,
              n.Yield, n.YieldFrom, n.Await, n.Import, n.ImportFrom, n.With, n.Starred,
              n.Match, n.Try, n.Raise, n.Assert)


def memoizable(node, is_builtin) -> bool:
    """Is this module-level FunctionDef pure and self-recursive?"""
    if node.decorator_list or node.is_async or node.args.kwarg is not None:
        return False
    local = _locals(node)
    stored = None  # found at the first subscript: most functions are refused before one
    recursive = False
    for inner in n.walk(n.Module(node.body, 0, 0)):
        kind = type(inner)
        if isinstance(inner, _FORBIDDEN):
            return False
        if kind is n.Subscript:
            if stored is None:
                stored = _stored_subscripts(node)
            if id(inner) in stored:
                return False
        if kind is n.Name:
            ident = inner.id
            if ident == node.name:
                recursive = True
            elif ident not in local and not (ident in PURE_BUILTINS and is_builtin(ident)):
                return False
        elif kind is n.Call and type(inner.func) is not n.Name:
            return False
    return recursive


def _locals(node) -> set[str]:
    args = node.args
    names = {a.arg for a in args.posonlyargs + args.args + args.kwonlyargs}
    if args.vararg is not None:
        names.add(args.vararg.arg)
    for inner in n.walk(n.Module(node.body, 0, 0)):
        kind = type(inner)
        if kind is n.Assign:
            for target in inner.targets:
                names.update(_names(target))
        elif kind in (n.AugAssign, n.AnnAssign, n.For, n.comprehension):
            names.update(_names(inner.target))
        elif kind is n.NamedExpr:
            names.add(inner.target.id)
    names.discard(node.name)
    return names


def _names(target) -> set[str]:
    kind = type(target)
    if kind is n.Name:
        return {target.id}
    if kind in (n.Tuple, n.List):
        return {x for elt in target.elts for x in _names(elt)}
    return {"\0"}  # a subscript or attribute target: not a plain local


def _stored_subscripts(function) -> set[int]:
    """The ids of subscripts in store targets (``x[i] = ...``, ``x[i] += ...``, ``x[i].a = ...``)."""
    stored: set[int] = set()
    for inner in n.walk(n.Module(function.body, 0, 0)):
        kind = type(inner)
        targets = inner.targets if kind is n.Assign else \
            [inner.target] if kind in (n.AugAssign, n.AnnAssign, n.For, n.comprehension) else []
        for target in targets:
            stored.update(id(sub) for sub in n.walk(target) if type(sub) is n.Subscript)
    return stored

"""Which parameter a function body is worth specialising on, and to what type.

A function whose body reads ``self.x`` or calls ``text.startswith(...)`` pays a type test at
every such use when the parameter's type is unknown. Checking the type once on entry and
lowering the body twice, once with the type known (native attribute reads, native methods,
typed loop variables) and once without, makes the common call fast and leaves every other
call exactly as it was. A parameter the body rebinds stays typed only where every binding
keeps the type (inference joins them), so a wrong guess costs one type test per call.
"""

from __future__ import annotations

from collections import Counter

from ..syntax import nodes as n
from .infer import alias_binding, target_names

# Methods only str has among the builtin types (so calling one is a hint the receiver is a str),
# and the same for list.
_ONLY = {
    str: frozenset("""startswith endswith isdigit isalpha isalnum isspace isupper islower isdecimal
isnumeric isidentifier isprintable strip lstrip rstrip lower upper split rsplit splitlines find
rfind partition rpartition title capitalize casefold zfill center ljust rjust encode
removeprefix removesuffix expandtabs swapcase""".split()),
    list: frozenset("append insert sort reverse".split()),
}


def instance_parameters(node, method_self: str | None = None) -> tuple[str, ...]:
    """Parameters whose attributes the body reads or writes (``self.x``, ``other.x``) and that
    it never rebinds, nor shadows in a nested scope: checked once on entry to be plain program
    instances, their attributes are then read and written natively. Besides a method's
    ``self``, a parameter qualifies only if some attribute it is used for is not a method of a
    builtin type (``text.split()`` or ``d.get()`` hint at a str or a dict, not an instance)."""
    params = [a.arg for a in node.args.posonlyargs + node.args.args]
    used: dict = {}
    rebound: set = set()
    for inner in n.walk(n.Module(node.body, 0, 0)):
        kind = type(inner)
        if kind is n.Name or kind is n.Constant:  # the commonest nodes, which bind nothing
            continue
        if kind is n.Attribute and type(inner.value) is n.Name and not _is_dunder(inner.attr):
            used.setdefault(inner.value.id, set()).add(inner.attr)
        else:
            rebound.update(_bound_here(inner, kind))
    return tuple(p for p in params if p in used and p not in rebound
                 and (p == method_self or not used[p] <= _BUILTIN_METHODS))


_BUILTIN_METHODS = frozenset(attr for typ in (str, bytes, list, tuple, dict, set, int, float)
                             for attr in dir(typ) if not attr.startswith("_"))


def _is_dunder(name: str) -> bool:
    return len(name) > 4 and name[:2] == "__" and name[-2:] == "__"


def _bound_here(node, kind) -> tuple | set | list:
    """Names ``node`` binds (or declares, or shadows in a nested scope)."""
    if kind is n.Assign or kind is n.Delete:
        return {x for t in node.targets for x in target_names(t)}
    if kind in (n.AugAssign, n.AnnAssign, n.For, n.comprehension):
        return target_names(node.target)
    if kind is n.TypeAlias:
        return target_names(node.name)
    if kind is n.withitem and node.optional_vars is not None:
        return target_names(node.optional_vars)
    if kind is n.NamedExpr:
        return (node.target.id,)
    if kind in (n.Nonlocal, n.Global):
        return node.names
    if kind in (n.FunctionDef, n.Lambda):
        args = node.args
        names = {a.arg for a in args.posonlyargs + args.args + args.kwonlyargs}
        names.update(a.arg for a in (args.vararg, args.kwarg) if a is not None)
        if kind is n.FunctionDef:
            names.add(node.name)
        return names
    if kind is n.ClassDef:
        return (node.name,)
    if kind is n.alias:
        return (alias_binding(node),)
    if kind in (n.ExceptHandler, n.MatchAs, n.MatchStar) and node.name:
        return (node.name,)
    if kind is n.MatchMapping and node.rest:
        return (node.rest,)
    return ()


def typed_parameter(node) -> tuple[str, type] | None:
    """(parameter, type) to specialise ``node`` on, when its body calls methods only that type
    has on the parameter, on items of it (``p[i].isdigit()``) or on its loop variables, or uses
    it in guarded arithmetic with an int (``n % 2``, ``3 * n``)."""
    params = {a.arg for a in node.args.posonlyargs + node.args.args}
    if not params:
        return None
    hints: Counter = Counter()
    tests: Counter = Counter()  # name -> calls of character tests on it (``ch.isdigit()``)
    loops: dict = {}  # loop variable -> the parameter it walks
    copies: dict = {}  # variable -> the parameter first copied into it
    for inner in n.walk(n.Module(node.body, 0, 0)):
        kind = type(inner)
        if kind is n.Attribute:
            item = type(inner.value) is n.Subscript
            base = inner.value.value if item else inner.value
            if type(base) is n.Name:
                if inner.attr in _CHARACTER_TESTS:
                    tests[base.id] += 1
                for typ, names in _ONLY.items():  # p[i].lower(): p may hold strs; p[i].isdigit()
                    if inner.attr in names and (not item or inner.attr in _CHARACTER_TESTS):
                        hints[base.id, typ] += 1
        elif kind is n.BinOp and inner.op in _INT_OPS:
            for operand, other in ((inner.left, inner.right), (inner.right, inner.left)):
                if type(operand) is n.Name and _is_int(other):
                    hints[operand.id, int] += 1
        elif kind is n.AugAssign and inner.op in _INT_OPS and type(inner.target) is n.Name \
                and _is_int(inner.value):
            hints[inner.target.id, int] += 1
        elif kind is n.For and type(inner.target) is n.Name and type(inner.iter) is n.Name \
                and inner.iter.id in params:
            loops[inner.target.id] = inner.iter.id
        elif kind is n.Assign and len(inner.targets) == 1 and type(inner.targets[0]) is n.Name \
                and type(inner.value) is n.Name and inner.value.id in params:
            copies[inner.targets[0].id] = inner.value.id
    for variable, param in loops.items():  # for ch in text: ch.isdigit() (line.split(): a list)
        hints[param, str] += tests[variable]
    for variable, param in copies.items():  # state = seed; ... state * 31
        for typ in (int, str, list):
            hints[param, typ] += hints[variable, typ]
    best = [(count, name, typ) for (name, typ), count in hints.items() if name in params and count]
    if not best:
        return None
    _, name, typ = max(best, key=lambda hint: (hint[0], hint[1], hint[2].__name__))
    return name, typ


_CHARACTER_TESTS = frozenset(name for name in _ONLY[str] if name.startswith("is"))
_INT_OPS = frozenset(("Mod", "Mult", "Pow", "LShift", "FloorDiv"))  # guarded unless both are ints


def _is_int(node) -> bool:
    return type(node) is n.Constant and type(node.value) is int

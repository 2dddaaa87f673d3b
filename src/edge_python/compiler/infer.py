"""Types of a function's local variables, where every assignment agrees.

The lowering pays for guards only where it cannot prove an operation safe. A local that is only
ever assigned list displays (``parts = []``) can only hold lists, so ``parts.append(x)`` needs no
gate check; a loop variable over ``range(...)`` is an int, so ``i + 1`` needs no type test. This
pass gives each name of a function scope a builtin type when *every* binding of the name in that
scope produces it, solved to a fixpoint (``total = total + i`` stays an int if ``total = 0``).
Anything else — parameters, tuple unpacking, names written by inner scopes through ``nonlocal``
or ``global``, imports, ``with``/``except`` targets — is unknown, and unknown costs only speed.

Types are the builtin classes themselves (``int``, ``str``, ``list`` ...) or None for unknown.
"""

from __future__ import annotations

from ..runtime.sets import Set
from ..syntax import nodes as n

UNKNOWN = None
_BOTTOM = object()  # no binding seen yet

_NUMERIC = (int, float, bool)
_BUILTIN_RESULTS = {
    "len": int, "int": int, "float": float, "str": str, "list": list, "dict": dict,
    "tuple": tuple, "sorted": list, "ord": int, "chr": str, "repr": str, "format": str,
    "hex": str, "bin": str, "oct": str, "bool": bool, "ascii": str,
}
_STR_TO_STR = frozenset("""lower upper strip lstrip rstrip replace join format title capitalize
casefold swapcase center ljust rjust zfill expandtabs translate removeprefix removesuffix
format_map""".split())
_STR_TO_LIST = frozenset("split rsplit splitlines".split())
_STR_TO_INT = frozenset("find rfind index rindex count".split())
_STR_TO_BOOL = frozenset("""isalnum isalpha isascii isdecimal isdigit isidentifier islower
isnumeric isprintable isspace istitle isupper startswith endswith""".split())


class Scope:
    """The inferred types of one function's locals; ``lookup`` falls back to enclosing scopes."""

    def __init__(self, types: dict, local: set, parent: Scope | None) -> None:
        self.types = types
        self.local = local
        self.parent = parent
        self.memo: dict = {}  # node -> its type, once the types are final (the lowering's)

    def lookup(self, name: str):
        scope = self
        while scope is not None:
            if name in scope.local:
                return scope.types.get(name)
            scope = scope.parent
        return UNKNOWN


def infer_function(node, parent: Scope | None, builtins_ok, known: dict | None = None) -> Scope:
    """Infer the locals of a FunctionDef or Lambda. ``builtins_ok(name)`` tells whether a name
    can only mean the builtin of that name; ``known`` gives parameters a type checked on entry."""
    bindings: dict[str, list] = {}
    unknown: set[str] = set()
    declared: set[str] = set()
    args = node.args
    for group in (args.posonlyargs, args.args, args.kwonlyargs):
        for a in group:
            if known and a.arg in known:
                bindings[a.arg] = [("known", known[a.arg])]
            else:
                unknown.add(a.arg)
    for a in (args.vararg, args.kwarg):
        if a is not None:
            unknown.add(a.arg)
    body = node.body if type(node) is n.FunctionDef else [n.Expr(node.body, node.start, node.end)]
    return _solve(body, bindings, unknown, declared, parent, builtins_ok)


def comprehension_scope(generators, parent: Scope | None, builtins_ok) -> Scope:
    """The variables of a comprehension: their own scope, which hides names of the enclosing
    one. A name looping over ``range(...)`` is an int, over a str a str; others are unknown.
    (Each iterable is typed in the scope it is evaluated in: the first in the enclosing one.)"""
    types: dict = {}
    local: set = set()
    scope = Scope(types, local, parent)
    outer = _Typer(parent if parent is not None else Scope({}, set(), None), builtins_ok)
    inner = _Typer(scope, builtins_ok)
    for index, gen in enumerate(generators):
        typer = inner if index else outer
        for name, value in loop_bindings(gen.target, gen.iter):
            element = UNKNOWN if value is None else typer.binding(value)
            if name in local and types[name] is not element:  # bound twice, differently
                element = UNKNOWN
            local.add(name)
            types[name] = element
    return scope


def loop_bindings(target, iterable) -> list[tuple[str, tuple | None]]:
    """(name, binding) for each name a loop binds; None where nothing is known. A name gets the
    element of what it walks; ``for i, x in enumerate(xs)`` and ``for a, b in zip(xs, ys)``
    give each name the element type of its own source."""
    if type(target) is n.Name:
        return [(target.id, ("element", iterable))]
    if type(target) is n.Tuple and type(iterable) is n.Call and type(iterable.func) is n.Name \
            and not iterable.keywords and all(type(e) is n.Name for e in target.elts) \
            and not any(type(a) is n.Starred for a in iterable.args):
        func, args, names = iterable.func.id, iterable.args, [e.id for e in target.elts]
        if func == "enumerate" and len(args) == 1 and len(names) == 2:
            return [(names[0], ("builtin", "enumerate", int)),
                    (names[1], ("builtin", "enumerate", ("element", args[0])))]
        if func == "zip" and len(args) == len(names):
            return [(name, ("builtin", "zip", ("element", arg))) for name, arg in zip(names, args)]
    return [(name, None) for name in target_names(target)]


def infer_module(module, declared_global: set[str], builtins_ok) -> Scope:
    """Module-level names: the same rules, and any name a function declares ``global`` (and so
    may write) is unknown."""
    return _solve(module.body, {}, set(declared_global), set(), None, builtins_ok, False)


def _solve(body, bindings: dict, unknown: set, declared: set, parent, builtins_ok,
           inner: bool = True) -> Scope:
    _Collector(bindings, unknown, declared, inner).statements(body)
    local = set(bindings) | unknown
    local -= declared
    types: dict = {}
    scope = Scope(types, local, parent)
    typer = _Typer(scope, builtins_ok)
    if "*" in unknown:  # from m import *
        unknown.update(bindings)
    for name in local:
        types[name] = UNKNOWN if name in unknown else _BOTTOM
    changed = True
    while changed:
        changed = False
        for name, values in bindings.items():
            if name in unknown or name in declared:
                continue
            result = _BOTTOM
            for value in values:
                result = _join(result, typer.binding(value))
                if result is UNKNOWN:
                    break
            if result is not types[name]:
                types[name] = result
                changed = True
    for name, value in types.items():
        if value is _BOTTOM:
            types[name] = UNKNOWN
    return scope


def _join(a, b):
    if a is _BOTTOM:
        return b
    if b is _BOTTOM or a is b:
        return a
    return UNKNOWN


class _Collector:
    """Walks one function body (not nested functions/classes) and records every binding."""

    def __init__(self, bindings: dict, unknown: set, declared: set, inner: bool = True) -> None:
        self.bindings, self.unknown, self.declared = bindings, unknown, declared
        self.inner = inner  # look into nested scopes for names they declare (not for a module)

    def bind(self, name: str, value) -> None:
        self.bindings.setdefault(name, []).append(value)

    def target(self, target, value) -> None:
        if type(target) is n.Name:
            self.bind(target.id, value)
        else:
            for name in target_names(target):
                self.unknown.add(name)

    def loop_target(self, target, iterable) -> None:
        for name, value in loop_bindings(target, iterable):
            if value is None:
                self.unknown.add(name)
            else:
                self.bind(name, value)

    def statements(self, statements) -> None:
        stack = list(statements)
        while stack:
            node = stack.pop()
            kind = type(node)
            if kind is n.Name or kind is n.Constant:  # the commonest: no binding, no children
                continue
            if kind is n.Assign:
                for target in node.targets:
                    self.target(target, ("value", node.value))
            elif kind is n.AugAssign:
                if type(node.target) is n.Name:
                    self.bind(node.target.id, ("binop", node.target, node.op, node.value))
            elif kind is n.AnnAssign:
                if node.value is not None:
                    self.target(node.target, ("value", node.value))
            elif kind is n.For:
                self.loop_target(node.target, node.iter)
            elif kind is n.NamedExpr:
                self.bind(node.target.id, ("value", node.value))
            elif kind is n.TypeAlias:  # lowered as an assignment of its value
                self.target(node.name, ("value", node.value))
            elif kind in (n.Global, n.Nonlocal):
                self.declared.update(node.names)
            elif kind in (n.FunctionDef, n.ClassDef):
                self.unknown.add(node.name)
                self.inner_declarations(node)
                stack.extend(node.decorator_list)
                continue
            elif kind is n.Lambda:
                self.inner_declarations(node)
                continue
            else:
                self.other_binding(node, kind)
            stack.extend(n.iter_children(node))

    def other_binding(self, node, kind) -> None:
        if kind is n.withitem and node.optional_vars is not None:
            self.unknown.update(target_names(node.optional_vars))
        elif kind is n.ExceptHandler and node.name:
            self.unknown.add(node.name)
        elif kind in (n.MatchAs, n.MatchStar) and node.name:
            self.unknown.add(node.name)
        elif kind is n.MatchMapping and node.rest:
            self.unknown.add(node.rest)
        elif kind is n.alias:  # "*" binds names no one can list: then nothing here is known
            self.unknown.add(alias_binding(node))
        elif kind is n.Delete:
            pass
        elif kind is n.comprehension:
            pass  # comprehension variables live in their own scope

    def inner_declarations(self, node) -> None:
        """Names an inner scope writes through ``nonlocal``/``global`` are unknown here (for a
        module the caller already made every ``global`` name unknown)."""
        if not self.inner:
            return
        for inner in n.walk(node):
            if type(inner) in (n.Nonlocal, n.Global):
                self.unknown.update(inner.names)


def alias_binding(alias) -> str:
    """The name an import alias binds: its ``as`` name, the first part of a dotted name, or the
    stem of a quoted spec (``import "./util.py"`` binds ``util``); ``*`` for a star import."""
    if alias.asname:
        return alias.asname
    if type(alias.name) is str:
        return alias.name.split(".")[0]
    tail = alias.name.value.rsplit("/", 1)[-1].split("#", 1)[0]
    return tail.rsplit(".", 1)[0] if "." in tail else tail


def target_names(target) -> list[str]:
    """The names an assignment target binds (none for an attribute or item)."""
    kind = type(target)
    if kind is n.Name:
        return [target.id]
    if kind in (n.Tuple, n.List):
        return [x for elt in target.elts for x in target_names(elt)]
    if kind is n.Starred:
        return target_names(target.value)
    return []


class _Typer:
    def __init__(self, scope: Scope, builtins_ok) -> None:
        self.scope = scope
        self.builtins_ok = builtins_ok

    def binding(self, value):
        kind = value[0]
        if kind == "known":
            return value[1]
        if kind == "builtin":  # what the builtin named value[1] hands out, if it is the builtin
            if not self.builtins_ok(value[1]):
                return UNKNOWN
            return value[2] if type(value[2]) is type else self.binding(value[2])
        if kind == "value":
            return self.type_of(value[1])
        if kind == "binop":
            return self.binop(self.lookup(value[1].id), value[2], self.type_of(value[3]))
        iterable = value[1]
        if type(iterable) is n.Call and type(iterable.func) is n.Name \
                and iterable.func.id == "range" and self.builtins_ok("range"):
            return int
        if self.type_of(iterable) is str:
            return str
        return UNKNOWN

    def lookup(self, name: str):
        return self.scope.lookup(name)

    def type_of(self, node):
        return expression_type(node, self.lookup, self.builtins_ok)

    @staticmethod
    def binop(left, op, right):
        return binop_type(left, op, right)


def expression_type(node, lookup, builtins_ok, memo: dict | None = None):
    """The builtin type ``node`` evaluates to, when it is certain; else None. ``memo`` keeps
    the types of subexpressions once the scope's types are final: the lowering asks about
    every operand of a chain ``a + b + c + ...``, which would otherwise be quadratic."""
    if memo is None:
        return _expression_type(node, lookup, builtins_ok, None)
    known = memo.get(node, _BOTTOM)
    if known is _BOTTOM:
        known = memo[node] = _expression_type(node, lookup, builtins_ok, memo)
    return known


def _expression_type(node, lookup, builtins_ok, memo):
    kind = type(node)
    if kind is n.Constant:
        value = node.value
        return type(value) if type(value) in (int, float, str, bytes, bool) else UNKNOWN
    if kind is n.Name:
        return lookup(node.id)
    if kind in (n.List, n.ListComp):
        return list
    if kind in (n.Dict, n.DictComp):
        return dict
    if kind is n.Tuple:
        return tuple
    if kind is n.JoinedStr:
        return str
    if kind is n.BinOp:
        left = expression_type(node.left, lookup, builtins_ok, memo)
        right = expression_type(node.right, lookup, builtins_ok, memo)
        return binop_type(left, node.op, right)
    if kind is n.UnaryOp:
        if node.op == "Not":
            return bool
        operand = expression_type(node.operand, lookup, builtins_ok, memo)
        if operand is _BOTTOM:
            return _BOTTOM
        return int if operand is bool else operand if operand in (int, float) else UNKNOWN
    if kind is n.Compare:
        return bool if all(op in ("Is", "IsNot", "In", "NotIn") for op in node.ops) else UNKNOWN
    if kind is n.IfExp:
        return _join(expression_type(node.body, lookup, builtins_ok, memo),
                     expression_type(node.orelse, lookup, builtins_ok, memo))
    if kind in (n.Set, n.SetComp):
        return Set
    if kind is n.NamedExpr:
        return expression_type(node.value, lookup, builtins_ok, memo)
    if kind is n.Call:
        return _call_type(node, lookup, builtins_ok, memo)
    if kind is n.Subscript:
        return _subscript_type(node, lookup, builtins_ok, memo)
    return UNKNOWN


def binop_type(left, op: str, right):
    if left is _BOTTOM or right is _BOTTOM:
        return _BOTTOM  # optimistic: decided once the operand's own bindings are known
    if left is bool:
        left = int
    if right is bool:
        right = int
    if left in (int, float) and right in (int, float):
        if op == "Div":
            return float
        if op == "Pow":
            return float if float in (left, right) else UNKNOWN  # int ** -1 is a float
        if op == "MatMult":
            return UNKNOWN
        if left is int and right is int:
            return int
        return float if op not in ("LShift", "RShift", "BitAnd", "BitOr", "BitXor") else UNKNOWN
    if op == "Add" and left is right and left in (str, list, tuple, bytes):
        return left
    if op == "Mult" and ((left in (str, list, tuple, bytes) and right is int)
                         or (right in (str, list, tuple, bytes) and left is int)):
        return left if left is not int else right
    if op == "Mod" and left is str:
        return str
    return UNKNOWN


def _call_type(node, lookup, builtins_ok, memo):
    func = node.func
    if type(func) is n.Name:
        result = _BUILTIN_RESULTS.get(func.id)
        return result if result is not None and builtins_ok(func.id) else UNKNOWN
    if type(func) is n.Attribute:
        receiver = expression_type(func.value, lookup, builtins_ok, memo)
        if receiver is str:
            name = func.attr
            if name in _STR_TO_STR:
                return str
            if name in _STR_TO_LIST:
                return list
            if name in _STR_TO_INT:
                return int
            if name in _STR_TO_BOOL:
                return bool
        if receiver in (list, dict) and func.attr == "copy":
            return receiver
    return UNKNOWN


def _subscript_type(node, lookup, builtins_ok, memo):
    value = expression_type(node.value, lookup, builtins_ok, memo)
    if value is _BOTTOM:
        return _BOTTOM
    if value is str:
        return str
    if value in (list, tuple, bytes) and type(node.slice) is n.Slice:
        return value
    if value is bytes:
        return int
    return UNKNOWN


def class_scope(node, parent: Scope | None) -> Scope:
    """A class body: names it binds are unknown inside it; others come from ``parent``."""
    bindings: dict = {}
    unknown: set = set()
    declared: set = set()
    _Collector(bindings, unknown, declared).statements(node.body)
    local = (set(bindings) | unknown) - declared
    return Scope({name: UNKNOWN for name in local}, local, parent)


def finish(value):
    """Public view of a type: the optimistic bottom reads as unknown."""
    return UNKNOWN if value is _BOTTOM else value

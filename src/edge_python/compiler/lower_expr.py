"""Expressions -> guarded CPython ``ast``: one ``lower_<Node>`` per expression node.

Most expressions lower one-to-one. The exceptions are where the sandbox has to decide:
attribute access (the gate, with a native fast path per attribute name), amplifying binary
operators (``guards.py``), ``in`` on ranges, ``*x`` unpacking, set displays (our insertion-
ordered set), f-string fields (our conversions and size-checked specs), and lambdas (a tick per
call). Loops inside comprehensions iterate through the loop ticker like statement loops do.
"""

from __future__ import annotations

import ast

from ..runtime.bounded import COPY_CHECK
from ..runtime.formatting import check_spec
from ..runtime.gate_tables import GUARDED, SAFE
from ..runtime.limits import BIG_OBJECT
from ..runtime.methods import GUARDED_NAMES, SPLIT_CHECK
from ..runtime.sets import Set
from ..syntax import nodes as n
from ..syntax.diagnostics import CompileError
from .builtin_calls import BuiltinCalls
from .guards import (
    DEL,
    LOAD,
    SMALL,
    STORE,
    GuardBuilder,
    branch,
    call,
    const,
    is_simple,
    len_at_most,
    name,
    size,
    type_in,
    type_is,
)
from .infer import comprehension_scope
from .locations import mk

CMPOPS = {k: getattr(ast, k)() for k in ("Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot",
                                          "In", "NotIn")}
UNARY = {k: getattr(ast, k)() for k in ("Not", "USub", "UAdd", "Invert")}
BOOL = {"And": ast.And(), "Or": ast.Or()}
CONVERSIONS = {ord("r"): "$repr", ord("s"): "$str", ord("a"): "$ascii"}


class _SpecHooks:
    """Compile-time stand-in for the runtime hooks: just the width limit of format specs."""

    max_width = 10_000

    def limit(self, message: str):
        raise ValueError(message)

    def check_len(self, n: int) -> None:
        pass


class ExpressionLowerer(GuardBuilder, BuiltinCalls):
    def expr(self, node) -> ast.expr:
        return getattr(self, "lower_" + type(node).__name__)(node)

    def exprs(self, nodes) -> list:
        return [self.expr(x) for x in nodes]

    # -- leaves ----------------------------------------------------------------------------------
    def lower_Constant(self, node):
        return const(node.value, self.loc(node))

    def lower_Name(self, node):
        return name(node.id, self.loc(node))

    # -- operators -------------------------------------------------------------------------------
    def lower_BinOp(self, node):
        left = self.expr(node.left)
        right = self.expr(node.right)
        types = (self.type_of(node.left), self.type_of(node.right))
        return self.guarded_binop(left, node.op, right, self.loc(node), types=types)

    def lower_UnaryOp(self, node):
        return mk(ast.UnaryOp, self.loc(node), UNARY[node.op], self.expr(node.operand))

    def lower_BoolOp(self, node):
        return mk(ast.BoolOp, self.loc(node), BOOL[node.op], self.exprs(node.values))

    def lower_Compare(self, node):
        loc = self.loc(node)
        left = self.expr(node.left)
        comparators = self.exprs(node.comparators)
        if len(node.ops) == 1 and node.ops[0] in ("In", "NotIn") \
                and not _literal_container(node.comparators[0]) \
                and self.type_of(node.comparators[0]) not in _CONTAINERS:
            return self.membership(left, node.ops[0], comparators[0], loc)
        return mk(ast.Compare, loc, left, [CMPOPS[op] for op in node.ops], comparators)

    def membership(self, item, op: str, container, loc):
        """``item in container``: native for hashed containers and text, else checked (a
        range or a long list searches linearly in C)."""
        if is_simple(container) and (is_simple(item) or size(item) <= SMALL):
            native = mk(ast.Compare, loc, item, [CMPOPS[op]], [container])
            checked = call("$in", loc, item, container)
            if op == "NotIn":
                checked = mk(ast.UnaryOp, loc, ast.Not(), checked)
            test = mk(ast.Compare, loc, call("$type", loc, container), [ast.In()],
                      [name("$HASHED", loc)])
            return branch(test, native, checked, loc)
        checked = call("$in", loc, item, container)
        return mk(ast.UnaryOp, loc, ast.Not(), checked) if op == "NotIn" else checked

    def lower_IfExp(self, node):
        return mk(ast.IfExp, self.loc(node), self.expr(node.test), self.expr(node.body),
                  self.expr(node.orelse))

    def lower_NamedExpr(self, node):
        loc = self.loc(node)
        return mk(ast.NamedExpr, loc, name(node.target.id, self.loc(node.target), STORE),
                  self.expr(node.value))

    def lower_Await(self, node):
        return mk(ast.Await, self.loc(node), self.expr(node.value))

    def lower_Yield(self, node):
        value = None if node.value is None else self.expr(node.value)
        return mk(ast.Yield, self.loc(node), value)

    def lower_YieldFrom(self, node):
        """``yield from x`` iterates ``x`` in C: through a ticker where it could run long, so a
        program's generators always tick as they produce (``bounded.iterate`` relies on it)."""
        loc = self.loc(node)
        return mk(ast.YieldFrom, loc, call("$ticking", loc, self.expr(node.value)))

    # -- attributes, subscripts, calls -----------------------------------------------------------
    def attr_name(self, attr: str) -> str:
        mangled = self.mangle(attr)
        return mangled

    def lower_Attribute(self, node):
        loc = self.loc(node)
        attr = self.attr_name(node.attr)
        value = self.expr(node.value)
        if _is_dunder(attr):
            return call("$ga", loc, value, const(attr, loc))
        if self.is_own_instance(node.value):
            return mk(ast.Attribute, loc, value, attr, LOAD)
        known = self.type_of(node.value)
        if known is not None:
            if attr in SAFE.get(known, ()):
                return mk(ast.Attribute, loc, value, attr, LOAD)
            return call("$ga", loc, value, const(attr, loc))
        if self.compact:
            return call("$ga", loc, value, const(attr, loc))
        self.attr_names.add(attr)
        test, again = self.capture(value, loc)
        if test is None:
            return call("$ga", loc, value, const(attr, loc))
        check = mk(ast.Compare, loc, call("$type", loc, test), [ast.In()], [name("$X_" + attr, loc)])
        fast = mk(ast.Attribute, loc, again, attr, LOAD)
        return branch(check, fast, call("$ga", loc, again, const(attr, loc)), loc)

    def lower_Subscript(self, node):
        loc = self.loc(node)
        return mk(ast.Subscript, loc, self.expr(node.value), self.lower_slice(node.slice), LOAD)

    def lower_slice(self, node):
        if type(node) is n.Slice:
            return self.lower_Slice(node)
        if type(node) is n.Tuple:
            return mk(ast.Tuple, self.loc(node), [self.lower_slice(e) for e in node.elts], LOAD)
        return self.expr(node)

    def lower_Slice(self, node):
        parts = [None if p is None else self.expr(p) for p in (node.lower, node.upper, node.step)]
        return mk(ast.Slice, self.loc(node), *parts)

    def lower_Call(self, node):
        loc = self.loc(node)
        args = [self.lower_argument(a) for a in node.args]
        keywords = [self.lower_keyword(k) for k in node.keywords]
        func = node.func
        if type(func) is n.Attribute and self.is_super(func.value):
            return self.super_call(func, args, keywords, loc)
        if type(func) is n.Attribute and not _is_dunder(self.attr_name(func.attr)):
            return self.method_call(func, args, keywords, loc)
        if type(func) is n.Name and self.analysis.is_builtin(func.id):
            fast = self.builtin_call(node, args, keywords, loc)
            if fast is not None:
                return fast
        return mk(ast.Call, loc, self.expr(func), args, keywords)

    def is_super(self, node) -> bool:
        """``super()`` in a method, where it binds the method's first parameter."""
        return type(node) is n.Call and type(node.func) is n.Name and node.func.id == "super" \
            and not node.args and not node.keywords and self.method_self is not None \
            and self.analysis.is_builtin("super")

    def super_call(self, func, args, keywords, loc):
        """``super().m(...)``: native when every class the lookup can reach is the program's
        own (``$UP``), or, for ``__init__``, the program's own, ``object`` or an exception
        class (``$UI``): what the gate would hand out then is exactly what CPython finds."""
        attr = self.attr_name(func.attr)
        floc = self.loc(func)
        slow = mk(ast.Call, loc, self.lower_Attribute(func), args, keywords)
        if _is_dunder(attr) and attr != "__init__":
            return slow
        instance = self.expr(func.value)
        fast = _native_call(instance, attr, args, keywords, loc, floc)
        kinds = "$UI" if attr == "__init__" else "$UP"
        test = type_in(name(self.method_self, floc), kinds, floc)
        return branch(test, fast, slow, loc)

    def method_call(self, func, args, keywords, loc):
        """``o.m(args)``: native method call when ``type(o)`` may be read natively for ``m``."""
        attr = self.attr_name(func.attr)
        floc = self.loc(func)
        value = self.expr(func.value)
        if self.is_own_instance(func.value):
            return _native_call(value, attr, args, keywords, loc, floc)
        known = self.type_of(func.value)
        if known is not None:
            if attr in SAFE.get(known, ()):
                return _native_call(value, attr, args, keywords, loc, floc)
            if attr in GUARDED.get(known, ()) and not _has_starred(args, keywords):
                helper = f"$M_{known.__name__}_{attr}"
                if attr in _SPLITS and known in (str, bytes):  # short: CPython's own, unchecked
                    test, again = self.capture(value, floc)
                    if test is not None:
                        return branch(len_at_most(test, SPLIT_CHECK, floc),
                                      _native_call(again, attr, args, keywords, loc, floc),
                                      mk(ast.Call, loc, name(helper, floc), [again] + args,
                                         keywords), loc)
                return mk(ast.Call, loc, name(helper, floc), [value] + args, keywords)
            return mk(ast.Call, loc, call("$ga", floc, value, const(attr, floc)), args, keywords)
        if self.compact:
            return _checked_call(value, attr, args, keywords, loc, floc)
        self.attr_names.add(attr)
        small = sum(size(a) for a in args) + sum(size(k.value) for k in keywords) <= 2 * SMALL
        test, again = self.capture(value, floc) if small else (None, None)
        if test is None:
            return mk(ast.Call, loc, self.lower_attribute_of(value, attr, floc), args, keywords)
        check = mk(ast.Compare, floc, call("$type", floc, test), [ast.In()],
                   [name("$X_" + attr, floc)])
        fast = _native_call(again, attr, args, keywords, loc, floc)
        slow = _checked_call(again, attr, args, keywords, loc, floc)
        if attr in _SPLITS:  # a short text cannot split into much: CPython's own, unchecked
            short = len_at_most(again, SPLIT_CHECK, floc)
            text = mk(ast.BoolOp, floc, ast.And(), [type_in(test, "$TEXT", floc), short])
            return branch(text, fast, branch(type_in(again, "$X_" + attr, floc), fast, slow, loc), loc)
        return branch(check, fast, slow, loc)

    def lower_attribute_of(self, value, attr: str, loc):
        test, again = self.capture(value, loc)
        if test is None:
            return call("$ga", loc, value, const(attr, loc))
        check = mk(ast.Compare, loc, call("$type", loc, test), [ast.In()], [name("$X_" + attr, loc)])
        return branch(check, mk(ast.Attribute, loc, again, attr, LOAD),
                      call("$ga", loc, again, const(attr, loc)), loc)

    def lower_argument(self, node):
        if type(node) is n.Starred:
            return self.lower_Starred(node)
        return self.expr(node)

    def lower_keyword(self, node):
        loc = self.loc(node)
        return mk(ast.keyword, loc, node.arg, self.expr(node.value))

    def lower_Starred(self, node):
        loc = self.loc(node)
        value = self.expr(node.value)
        if type(node.value) is n.Name:  # ``f(*args)``: a small tuple is passed on as it is
            small = len_at_most(value, COPY_CHECK, loc)
            test = mk(ast.BoolOp, loc, ast.And(), [type_is(value, "$R_tuple", loc), small])
            return mk(ast.Starred, loc, branch(test, value, call("$star", loc, value), loc), LOAD)
        return mk(ast.Starred, loc, call("$star", loc, value), LOAD)

    # -- displays ---------------------------------------------------------------------------------
    def lower_List(self, node):
        return mk(ast.List, self.loc(node), [self.lower_argument(e) for e in node.elts], LOAD)

    def lower_Tuple(self, node):
        return mk(ast.Tuple, self.loc(node), [self.lower_argument(e) for e in node.elts], LOAD)

    def lower_Set(self, node):
        loc = self.loc(node)
        items = mk(ast.Tuple, loc, [self.lower_argument(e) for e in node.elts], LOAD)
        return call("$Set", loc, items)

    def lower_Dict(self, node):
        keys = [None if k is None else self.expr(k) for k in node.keys]
        return mk(ast.Dict, self.loc(node), keys, self.exprs(node.values))

    def lower_ListComp(self, node):
        (elt,), generators = self.comprehension(node, node.elt)
        return mk(ast.ListComp, self.loc(node), elt, generators)

    def lower_SetComp(self, node):
        loc = self.loc(node)
        (elt,), generators = self.comprehension(node, node.elt)
        return call("$Set", loc, mk(ast.ListComp, loc, elt, generators))

    def lower_DictComp(self, node):
        (key, value), generators = self.comprehension(node, node.key, node.value)
        return mk(ast.DictComp, self.loc(node), key, value, generators)

    def lower_GeneratorExp(self, node):
        (elt,), generators = self.comprehension(node, node.elt)
        return mk(ast.GeneratorExp, self.loc(node), elt, generators)

    def comprehension(self, node, *parts) -> tuple[list, list]:
        """The lowered ``parts`` (element, or key and value) and generators of a comprehension,
        whose variables get a scope of their own."""
        scope = comprehension_scope(node.generators, self.scope, self.analysis.is_builtin)
        with self.comprehension_scope(scope):
            lowered = [self.expr(part) for part in parts]
        return lowered, self.generators(node.generators, scope)

    def generators(self, gens, scope) -> list:
        result = []
        for index, gen in enumerate(gens):
            loc = self.loc(gen)
            with self.comprehension_scope(scope if index else None, iterable=True):
                iterable = self.expr(gen.iter)  # the first is evaluated in the enclosing scope
            with self.comprehension_scope(scope):
                target = self.target(gen.target, plain_only=True)
                ifs = self.exprs(gen.ifs)
            if not gen.is_async:
                iterable = call("$compress", loc, self.sync_iterable(gen.iter, iterable), name("$TK", loc))
            result.append(mk(ast.comprehension, loc, target, iterable, ifs, int(gen.is_async)))
        return result

    def sync_iterable(self, node, lowered):
        """Edge lets ``for`` run over an async generator: a call that may make one (it names an
        async generator function of the program) is iterated through ``$sync``."""
        if type(node) is n.Call and type(node.func) is n.Name and node.func.id in self.async_generators:
            return call("$sync", self.loc(node), lowered)
        return lowered

    # -- lambda and f-strings ---------------------------------------------------------------------
    def lower_Lambda(self, node):
        loc = self.loc(node)
        args = self.arguments(node.args)
        with self.function_scope(node):
            self.own_instances = frozenset()
            body = self.expr(node.body)
        ticked = mk(ast.IfExp, loc, call("$tick", loc), body, const(None, loc))
        return mk(ast.Lambda, loc, args, ticked)

    def lower_JoinedStr(self, node):
        loc = self.loc(node)
        joined = mk(ast.JoinedStr, loc, [self.fstring_part(v) for v in node.values])
        fields = sum(1 for v in node.values if type(v) is n.FormattedValue)
        if fields > 1:  # f"{s}{s}" doubles: check what was built, if it is big
            if not self.walrus_ok:
                return call("$fj", loc, joined)
            temp = self.temp()
            built = mk(ast.NamedExpr, loc, name(temp, loc, STORE), joined)
            small = len_at_most(built, BIG_OBJECT, loc)
            return branch(small, name(temp, loc), call("$fj", loc, name(temp, loc)), loc)
        return joined

    def fstring_part(self, node):
        if type(node) is n.Constant:
            return const(node.value, self.loc(node))
        loc = self.loc(node)
        value = self.expr(node.value)
        conversion = CONVERSIONS.get(node.conversion)
        if conversion is not None:
            value = call(conversion, loc, value)
        spec = node.format_spec
        if spec is None:
            if conversion is None and self.type_of(node.value) not in _FORMATTABLE:
                value = self.stringify(value, loc)
            return mk(ast.FormattedValue, loc, value, -1, None)
        if not spec.values and conversion is None:
            return mk(ast.FormattedValue, loc, self.stringify(value, loc), -1, None)
        if len(spec.values) == 1 and type(spec.values[0]) is n.Constant and self.spec_ok(spec):
            spec_expr = mk(ast.JoinedStr, self.loc(spec), [const(spec.values[0].value, loc)])
            return mk(ast.FormattedValue, loc, value, -1, spec_expr)
        spec_expr = mk(ast.JoinedStr, self.loc(spec), [self.fstring_part(v) for v in spec.values])
        return mk(ast.FormattedValue, loc, call("$fmt", loc, value, spec_expr), -1, None)

    def stringify(self, value, loc):
        """An f-string field without spec: native for str/int/float/bool, else our str()."""
        test, again = self.capture(value, loc)
        if test is None:
            return call("$str", loc, value)
        check = mk(ast.Compare, loc, call("$type", loc, test), [ast.In()], [name("$FS", loc)])
        return branch(check, again, call("$str", loc, again), loc)

    def spec_ok(self, spec) -> bool:
        """A constant format spec whose width and precision are within limits."""
        try:
            check_spec(spec.values[0].value, _SpecHooks())
        except ValueError:
            return False
        return True


_SPLITS = frozenset(("split", "rsplit", "splitlines"))
_CONTAINERS = (str, dict, Set, bytes)  # membership is never a long linear search
_FORMATTABLE = (str, int, float, bool)


def _native_call(obj, attr: str, args, keywords, loc, floc) -> ast.Call:
    """``obj.attr(args)`` as CPython runs it."""
    return mk(ast.Call, loc, mk(ast.Attribute, floc, obj, attr, LOAD), args, keywords)


def _checked_call(obj, attr: str, args, keywords, loc, floc) -> ast.Call:
    """``obj.attr(args)`` through the runtime: a size-checked method, or the gate's lookup."""
    if attr in GUARDED_NAMES and not _has_starred(args, keywords):
        return mk(ast.Call, loc, name("$M_" + attr, floc), [obj] + args, keywords)
    return mk(ast.Call, loc, call("$ga", floc, obj, const(attr, floc)), args, keywords)


def _has_starred(args, keywords) -> bool:
    return any(type(a) is ast.Starred for a in args) or any(k.arg is None for k in keywords)


def _is_dunder(attr: str) -> bool:
    return len(attr) > 4 and attr.startswith("__") and attr.endswith("__")


def _literal_container(node) -> bool:
    kind = type(node)
    if kind in (n.List, n.Tuple, n.Set, n.Dict, n.ListComp, n.SetComp, n.DictComp, n.JoinedStr):
        return True
    return kind is n.Constant and isinstance(node.value, (str, bytes))


__all__ = ["ExpressionLowerer", "CompileError", "DEL", "STORE"]

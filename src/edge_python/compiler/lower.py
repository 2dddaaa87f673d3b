"""Statements -> guarded CPython ``ast``, and the lowering's shared state.

What each statement gains over a literal translation:
- functions start with a tick of the call ticker (``$tick()``), loops iterate through the loop
  ticker (``compress(iterable, $TK)``, ``while`` becomes ``for _ in $TK``), so the op budget,
  wall clock, memory and depth are checked without a Python-level call per iteration;
- every ``except`` block starts with ``$guard()`` (called when the run stopped or the caught
  exception needs it) and every ``return``/``break``/``continue`` inside ``finally`` with
  ``$alive()``, and ``finally`` runs only while the run goes on, so limit stops cannot be caught
  or swallowed;
- ``with`` enters through ``$cm`` (no tracebacks for ``__exit__``, no swallowing a stop);
- attribute stores and deletes go through the gate unless the object's class is the program's;
- classes get checked bases and the ``$class`` decorator; ``match`` is lowered by ``match.py``.
"""

from __future__ import annotations

import ast
import sys
from contextlib import contextmanager

from ..runtime.gate_tables import FORBIDDEN_IN_CLASS
from ..syntax import nodes as n
from ..syntax.diagnostics import CompileError
from .guards import (
    BINOPS,
    DEL,
    LOAD,
    NATIVE,
    SET_OPS,
    STORE,
    branch,
    call,
    const,
    is_simple,
    name,
    type_in,
    type_is,
)
from .infer import alias_binding, class_scope, expression_type, finish, infer_function, infer_module
from .locations import Locator, mk
from .lower_expr import ExpressionLowerer
from .match import MatchLowerer
from .module_loops import module_loop, runs_as_function
from .purity import memoizable
from .specialize import instance_parameters, typed_parameter

PY312 = sys.version_info >= (3, 12)


class Lowerer(ExpressionLowerer, MatchLowerer):
    def __init__(self, smap, analysis) -> None:
        self.loc = Locator(smap)
        self.analysis = analysis
        self.attr_names: set[str] = set()
        self.async_generators: set[str] = set()  # names of the program's async generator functions
        self.straight_line = True  # no loop, comprehension or function: cannot nest values deeply
        self.counter = 0
        self.walrus_ok = True
        self.classes: list[str] = []
        self.finally_depth = 0
        self.scope = None  # inferred local types of the function being lowered (infer.py)
        self.own_instances = frozenset()  # parameters checked to be plain program instances
        self.method_self = None  # a method's first parameter: what ``super()`` binds
        self.memo = None  # memo table name of the pure function being lowered (purity.py)
        self.memo_tables: list[str] = []
        self.has_coroutines = False
        self.depth = 0
        self.compact = False  # lowering a rarely run branch: checks left to the helpers
        self.plain_classes: set[str] = set()  # program classes with program classes for bases

    # -- shared helpers ---------------------------------------------------------------------------
    def temp(self) -> str:
        self.counter += 1
        return f"$t{self.counter}"

    def mangle(self, attr: str) -> str:
        if not self.classes or not attr.startswith("__") or attr.endswith("__") or "." in attr:
            return attr
        owner = self.classes[-1].lstrip("_")
        return f"_{owner}{attr}" if owner else attr

    @contextmanager
    def comprehension_scope(self, scope=None, iterable: bool = False):
        """Inside a comprehension (given ``scope``, made by ``infer.comprehension_scope``) its
        variables hide the enclosing scope's names. Walrus temporaries bind in the enclosing
        function: allowed where it allows them (not in a class body), but never in an iterable
        (CPython refuses assignment expressions there)."""
        saved = self.walrus_ok, self.scope
        self.walrus_ok = self.walrus_ok and not iterable
        if scope is not None:
            self.scope = scope
        try:
            yield
        finally:
            self.walrus_ok, self.scope = saved

    @contextmanager
    def function_scope(self, node=None):
        saved = (self.walrus_ok, self.finally_depth, self.scope, self.own_instances, self.memo,
                 self.method_self)
        self.walrus_ok, self.finally_depth, self.method_self = True, 0, None
        if node is not None:
            parent = self.scope
            while parent is not None and getattr(parent, "is_class", False):
                parent = parent.parent
            self.scope = infer_function(node, parent, self.analysis.is_builtin)
        try:
            yield
        finally:
            (self.walrus_ok, self.finally_depth, self.scope, self.own_instances, self.memo,
             self.method_self) = saved

    def type_of(self, node):
        """The builtin type ``node`` certainly has, or None."""
        scope = self.scope
        if scope is None:
            return finish(expression_type(node, _unknown, self.analysis.is_builtin))
        return finish(expression_type(node, scope.lookup, self.analysis.is_builtin, scope.memo))

    # -- module and blocks ------------------------------------------------------------------------
    def module(self, module) -> ast.Module:
        declared_global: set[str] = set()
        for node in n.walk(module):
            kind = type(node)
            if kind is n.Global:
                declared_global.update(node.names)
            elif kind in _REPEATING:
                self.straight_line = False
            if kind is n.FunctionDef and node.is_async \
                    and any(type(inner) is n.Yield for inner in n.walk(node)):
                self.async_generators.add(node.name)
        self.scope = infer_module(module, declared_global, self.analysis.is_builtin)
        body: list = []
        for statement in module.body:
            lowered = getattr(self, "lower_" + type(statement).__name__)(statement)
            if runs_as_function(statement):
                lowered = module_loop(lowered, self.loc(statement))
            body.extend(lowered)
        return ast.Module(body, [])

    def block(self, statements) -> list:
        out: list = []
        for statement in statements:
            out.extend(getattr(self, "lower_" + type(statement).__name__)(statement))
        return out

    def body(self, statements, loc) -> list:
        return self.block(statements) or [mk(ast.Pass, loc)]

    # -- simple statements ------------------------------------------------------------------------
    def lower_Expr(self, node):
        return [mk(ast.Expr, self.loc(node), self.expr(node.value))]

    def lower_Pass(self, node):
        return [mk(ast.Pass, self.loc(node))]

    def lower_Break(self, node):
        return self.exit_statement(mk(ast.Break, self.loc(node)))

    def lower_Continue(self, node):
        return self.exit_statement(mk(ast.Continue, self.loc(node)))

    def lower_Return(self, node):
        loc = self.loc(node)
        value = const(None, loc) if node.value is None else self.expr(node.value)
        if self.memo is not None:  # $r if ($r := value) is $SENT or $k is None else $mput(...)
            computed = mk(ast.Compare, loc, mk(ast.NamedExpr, loc, name("$r", loc, STORE), value),
                          [ast.Is()], [name("$SENT", loc)])
            unkeyed = mk(ast.Compare, loc, name("$k", loc), [ast.Is()], [const(None, loc)])
            value = branch(mk(ast.BoolOp, loc, ast.Or(), [computed, unkeyed]), name("$r", loc),
                           call("$mput", loc, name(self.memo, loc), name("$k", loc), name("$r", loc)),
                           loc)
        return self.exit_statement(mk(ast.Return, loc, value))

    def exit_statement(self, statement) -> list:
        if self.finally_depth:
            loc = (statement.lineno, statement.col_offset, statement.end_lineno,
                   statement.end_col_offset)
            return [mk(ast.Expr, loc, call("$alive", loc)), statement]
        return [statement]

    def lower_Global(self, node):
        return [mk(ast.Global, self.loc(node), list(node.names))]

    def lower_Nonlocal(self, node):
        return [mk(ast.Nonlocal, self.loc(node), list(node.names))]

    def lower_Raise(self, node):
        loc = self.loc(node)
        exc = None if node.exc is None else self.expr(node.exc)
        cause = None if node.cause is None else self.expr(node.cause)
        return [mk(ast.Raise, loc, exc, cause)]

    def lower_Assert(self, node):
        loc = self.loc(node)
        msg = None if node.msg is None else self.expr(node.msg)
        return [mk(ast.Assert, loc, self.expr(node.test), msg)]

    def lower_Delete(self, node):
        out: list = []
        for target in node.targets:
            out.extend(self.delete(target))
        return out

    def delete(self, target) -> list:
        loc = self.loc(target)
        kind = type(target)
        if kind is n.Name:
            return [mk(ast.Delete, loc, [name(target.id, loc, DEL)])]
        if kind is n.Subscript:
            sub = mk(ast.Subscript, loc, self.expr(target.value), self.lower_slice(target.slice), DEL)
            return [mk(ast.Delete, loc, [sub])]
        if kind is n.Attribute:
            attr = self.attr_name(target.attr)
            return [mk(ast.Expr, loc, call("$da", loc, self.expr(target.value), const(attr, loc)))]
        out: list = []
        for elt in target.elts:
            out.extend(self.delete(elt))
        return out

    def lower_Assign(self, node):
        loc = self.loc(node)
        value = self.expr(node.value)
        if len(node.targets) == 1:
            return self.assign(node.targets[0], value, loc)
        temp = self.temp()
        out = [mk(ast.Assign, loc, [name(temp, loc, STORE)], value)]
        for target in node.targets:
            out.extend(self.assign(target, name(temp, loc), loc))
        return out

    def lower_AnnAssign(self, node):
        loc = self.loc(node)
        if type(node.target) is n.Name:
            value = None if node.value is None else self.expr(node.value)
            target = name(node.target.id, self.loc(node.target), STORE)
            return [mk(ast.AnnAssign, loc, target, self.expr(node.annotation), value, node.simple)]
        if node.value is None:
            return []
        return self.assign(node.target, self.expr(node.value), loc)

    def lower_TypeAlias(self, node):
        loc = self.loc(node)
        return self.assign(node.name, self.expr(node.value), loc)

    def lower_AugAssign(self, node):
        loc = self.loc(node)
        target, op = node.target, node.op
        kind = type(target)
        if kind is n.Name:
            return [self.in_place(name(target.id, self.loc(target), STORE), op, node.value, loc)]
        out: list = []
        obj = self.hoist(self.expr(target.value), out, loc)
        if kind is n.Subscript:
            index = self.hoist(self.lower_slice(target.slice), out, loc)
            out.append(self.in_place(mk(ast.Subscript, loc, obj, index, STORE), op, node.value, loc))
            return out
        attr = self.attr_name(target.attr)
        if _is_dunder(attr):
            current = call("$ga", loc, obj, const(attr, loc))
        elif self.is_own_instance(target.value):
            current = mk(ast.Attribute, loc, obj, attr, LOAD)
        else:
            self.attr_names.add(attr)
            current = self.lower_attribute_of(obj, attr, loc)
        temp = self.temp()
        out.append(mk(ast.Assign, loc, [name(temp, loc, STORE)], current))
        out.append(self.in_place(name(temp, loc, STORE), op, node.value, loc))
        out.extend(self.store_attribute(obj, attr, name(temp, loc), loc))
        return out

    def in_place(self, target, op: str, value_node, loc):
        """``target op= value`` for a Name or Subscript target: native unless ``op`` amplifies."""
        value = self.expr(value_node)
        if op in NATIVE or op in SET_OPS:
            return mk(ast.AugAssign, loc, target, BINOPS[op], value)
        load = _as_load(target)
        left = self.scope.lookup(target.id) if self.scope is not None and type(target) is ast.Name \
            else None
        types = (finish(left), self.type_of(value_node))
        new = self.guarded_binop(load, op, value, loc, in_place=True, types=types)
        return mk(ast.Assign, loc, [target], new)

    def hoist(self, expr, out: list, loc):
        """Evaluate ``expr`` once, into a temporary unless it is a name or constant."""
        if is_simple(expr):
            return expr
        temp = self.temp()
        out.append(mk(ast.Assign, loc, [name(temp, loc, STORE)], expr))
        return name(temp, loc)

    # -- assignment targets -----------------------------------------------------------------------
    def assign(self, target, value, loc) -> list:
        """``target = value`` (value already lowered and evaluated first)."""
        if type(target) is n.Subscript and _has_slice(target.slice):
            # a slice store can splice in a lazily huge iterable, or double a list, in C
            obj = self.expr(target.value)
            index = self.lower_slice(target.slice)
            return [mk(ast.Expr, loc, call("$setslice", loc, obj, index, value))]
        if self.plain_target(target):
            if _has_star(target):
                value = call("$star", loc, value)  # unpacking into *rest builds a list in C
            return [mk(ast.Assign, loc, [self.target(target)], value)]
        if type(target) is n.Attribute:
            obj = self.expr(target.value)
            attr = self.attr_name(target.attr)
            if not is_simple(value):
                temp = self.temp()
                pre = [mk(ast.Assign, loc, [name(temp, loc, STORE)], value)]
                return pre + self.store_attribute(obj, attr, name(temp, loc), loc)
            return self.store_attribute(obj, attr, value, loc)
        # a destructuring target with attributes inside: unpack into temporaries first
        shape, later = self.temp_target(target)
        out = [mk(ast.Assign, loc, [shape], value)]
        for real, temp in later:
            out.extend(self.assign(real, name(temp, loc), loc))
        return out

    def plain_target(self, target) -> bool:
        kind = type(target)
        if kind is n.Name:
            return True
        if kind is n.Subscript:
            return not _has_slice(target.slice)
        if kind is n.Starred:
            return self.plain_target(target.value)
        if kind is n.Tuple or kind is n.List:
            return all(self.plain_target(e) for e in target.elts)
        return False

    def target(self, target, plain_only: bool = False):
        """A native store target (Name, Subscript, Starred, Tuple/List of those)."""
        loc = self.loc(target)
        kind = type(target)
        if kind is n.Name:
            return name(target.id, loc, STORE)
        if kind is n.Subscript:
            return mk(ast.Subscript, loc, self.expr(target.value), self.lower_slice(target.slice), STORE)
        if kind is n.Starred:
            return mk(ast.Starred, loc, self.target(target.value, plain_only), STORE)
        if kind is n.Tuple or kind is n.List:
            cls = ast.Tuple if kind is n.Tuple else ast.List
            return mk(cls, loc, [self.target(e, plain_only) for e in target.elts], STORE)
        raise CompileError("assigning to an attribute here is not supported in Edge Python",
                           target.start, target.end)

    def temp_target(self, target):
        """(store target made of temporaries, [(original target, temporary name)])."""
        loc = self.loc(target)
        kind = type(target)
        if kind is n.Tuple or kind is n.List:
            later: list = []
            elts = []
            for elt in target.elts:
                shape, more = self.temp_target(elt)
                elts.append(shape)
                later.extend(more)
            return mk(ast.Tuple, loc, elts, STORE), later
        if kind is n.Starred:
            shape, later = self.temp_target(target.value)
            return mk(ast.Starred, loc, shape, STORE), later
        temp = self.temp()
        return name(temp, loc, STORE), [(target, temp)]

    def memo_lookup(self, node, loc) -> list:
        """``$k = $mkey(table, params...)``, then return the remembered result if there is
        one (a key the table refuses is None: the call is computed and not stored)."""
        args = node.args
        params = [a.arg for a in args.posonlyargs + args.args]
        params += [args.vararg.arg] if args.vararg is not None else []
        params += [a.arg for a in args.kwonlyargs]
        key = call("$mkey", loc, name(self.memo, loc), *[name(p, loc) for p in params])
        found = mk(ast.Call, loc, mk(ast.Attribute, loc, name(self.memo, loc), "get", LOAD),
                   [name("$k", loc), name("$SENT", loc)], [])
        hit = mk(ast.Compare, loc, name("$r", loc), [ast.IsNot()], [name("$SENT", loc)])
        return [mk(ast.Assign, loc, [name("$k", loc, STORE)], key),
                mk(ast.Assign, loc, [name("$r", loc, STORE)], found),
                mk(ast.If, loc, hit, [mk(ast.Return, loc, name("$r", loc))], [])]

    def is_own_instance(self, node) -> bool:
        """Is ``node`` a parameter (``self``, ``other`` ...) already checked to be a plain
        program instance (see ``lower_FunctionDef``)?"""
        return type(node) is n.Name and node.id in self.own_instances

    def store_attribute(self, obj, attr: str, value, loc) -> list:
        """``obj.attr = value``: native on the program's own instances, the gate otherwise."""
        if type(obj) is ast.Name and obj.id in self.own_instances and not _is_dunder(attr):
            return [mk(ast.Assign, loc, [mk(ast.Attribute, loc, obj, attr, STORE)], value)]
        slow = mk(ast.Expr, loc, call("$sa", loc, obj, const(attr, loc), value))
        if _is_dunder(attr) or not is_simple(obj) or self.compact:
            if not is_simple(obj):
                temp = self.temp()
                pre = mk(ast.Assign, loc, [name(temp, loc, STORE)], obj)
                return [pre] + self.store_attribute(name(temp, loc), attr, value, loc)
            return [slow]
        test = mk(ast.Compare, loc, call("$type", loc, obj), [ast.In()], [name("$U", loc)])
        fast = mk(ast.Assign, loc, [mk(ast.Attribute, loc, obj, attr, STORE)], value)
        return [mk(ast.If, loc, test, [fast], [slow])]

    def loop_target(self, target, loc):
        """(native target, statements to run first in the body)."""
        if self.plain_target(target):
            return self.target(target), []
        shape, later = self.temp_target(target)
        prologue: list = []
        for real, temp in later:
            prologue.extend(self.assign(real, name(temp, loc), loc))
        return shape, prologue

    # -- compound statements ----------------------------------------------------------------------
    def lower_If(self, node):
        loc = self.loc(node)
        return [mk(ast.If, loc, self.expr(node.test), self.body(node.body, loc),
                   self.block(node.orelse))]

    def lower_For(self, node):
        loc = self.loc(node)
        iterable = self.expr(node.iter)
        target, prologue = self.loop_target(node.target, loc)
        body = prologue + self.body(node.body, loc)
        orelse = self.block(node.orelse)
        if node.is_async:
            tick = mk(ast.Expr, loc, call("$next", loc, name("$TK", loc)))
            iterable = call("$aiter", loc, iterable)
            return [mk(ast.AsyncFor, loc, target, iterable, [tick] + body, orelse)]
        iterable = call("$compress", loc, self.sync_iterable(node.iter, iterable), name("$TK", loc))
        return [mk(ast.For, loc, target, iterable, body, orelse)]

    def lower_While(self, node):
        loc = self.loc(node)
        test = self.expr(node.test)
        body = self.body(node.body, loc)
        orelse = self.block(node.orelse)
        if node.orelse and _exits_loop(node.orelse):
            tick = mk(ast.Expr, loc, call("$next", loc, name("$TK", loc)))
            return [mk(ast.While, loc, test, [tick] + body, orelse)]
        if not (type(test) is ast.Constant and test.value):
            stop = mk(ast.If, loc, mk(ast.UnaryOp, loc, ast.Not(), test),
                      orelse + [mk(ast.Break, loc)], [])
            body = [stop] + body
        underscore = name(self.temp(), loc, STORE)
        return [mk(ast.For, loc, underscore, name("$TK", loc), body, [])]

    def lower_With(self, node):
        loc = self.loc(node)
        items = []
        prologue: list = []
        wrapper = "$acm" if node.is_async else "$cm"
        for item in node.items:
            iloc = self.loc(item)
            manager = call(wrapper, iloc, self.expr(item.context_expr))
            target = None
            if item.optional_vars is not None:
                target, more = self.loop_target(item.optional_vars, iloc)
                prologue.extend(more)
            items.append(ast.withitem(manager, target))
        body = prologue + self.body(node.body, loc)
        cls = ast.AsyncWith if node.is_async else ast.With
        return [mk(cls, loc, items, body)]

    def lower_Try(self, node):
        loc = self.loc(node)
        body = self.body(node.body, loc)
        handlers = [self.handler(h) for h in node.handlers]
        orelse = self.block(node.orelse)
        self.finally_depth += 1
        try:
            finalbody = self.block(node.finalbody)
        finally:
            self.finally_depth -= 1
        if node.finalbody:
            # A stopped run runs no more program code: not here while a limit stop unwinds,
            # and not when a generator of a finished run is finalized later.
            finalbody = [mk(ast.If, loc, _stopped(loc, ast.Is()), finalbody or [mk(ast.Pass, loc)],
                            [])]
        return [mk(ast.Try, loc, body, handlers, orelse, finalbody)]

    def handler(self, node):
        loc = self.loc(node)
        exc_type = None if node.type is None else self.expr(node.type)
        guard = mk(ast.Expr, loc, call("$guard", loc))
        # ask $guard only about what it acts on (see namespace._guard): a handler without a
        # name gets a hidden one to test
        caught_name = node.name if node.name is not None or exc_type is None else "$e"
        if caught_name is not None:
            caught = name(caught_name, loc)
            special = call("$isinstance", loc, caught, name("$SPECIAL", loc))
            chained = mk(ast.Compare, loc, mk(ast.Attribute, loc, caught, "__context__", LOAD),
                         [ast.IsNot()], [const(None, loc)])
            guard = mk(ast.If, loc, mk(ast.BoolOp, loc, ast.Or(),
                                       [_stopped(loc, ast.IsNot()), special, chained]), [guard], [])
        body = [guard] + self.block(node.body)
        return mk(ast.ExceptHandler, loc, exc_type, caught_name, body)

    # -- definitions ------------------------------------------------------------------------------
    def arguments(self, args):
        def arg(a):
            annotation = None if a.annotation is None else self.expr(a.annotation)
            return mk(ast.arg, self.loc(a), a.arg, annotation)

        defaults = self.exprs(args.defaults)
        kw_defaults = [None if d is None else self.expr(d) for d in args.kw_defaults]
        return ast.arguments(
            posonlyargs=[arg(a) for a in args.posonlyargs], args=[arg(a) for a in args.args],
            vararg=None if args.vararg is None else arg(args.vararg),
            kwonlyargs=[arg(a) for a in args.kwonlyargs], kw_defaults=kw_defaults,
            kwarg=None if args.kwarg is None else arg(args.kwarg), defaults=defaults)

    def lower_FunctionDef(self, node):
        loc = self.loc(node)
        decorators = self.exprs(node.decorator_list)
        args = self.arguments(node.args)
        statements = list(node.body)
        docstring = []
        if statements and type(statements[0]) is n.Expr and type(statements[0].value) is n.Constant \
                and type(statements[0].value.value) is str:
            docstring = [mk(ast.Expr, loc, const(statements[0].value.value, loc))]
            statements = statements[1:]
        in_class = self.scope is not None and getattr(self.scope, "is_class", False)
        at_top = self.scope is not None and self.scope.parent is None and not in_class \
            and not self.classes and self.depth == 0
        self.depth += 1
        with self.function_scope(node):
            self.own_instances = frozenset()
            params = node.args.posonlyargs + node.args.args
            self.method_self = params[0].arg if in_class and params else None
            memo = None
            if at_top and memoizable(node, self.analysis.is_builtin):
                # while its table is live, the body that looks results up and stores them;
                # once the table gives up (calls it cannot remember), the plain body
                self.memo = f"$memo_{node.name}_{len(self.memo_tables)}"
                self.memo_tables.append(self.memo)
                memo = self.memo_lookup(node, loc) + self.block(statements)
                live = mk(ast.Attribute, loc, name(self.memo, loc), "live", LOAD)
                self.memo = None
            instances = instance_parameters(node, self.method_self)
            if in_class and self.classes[-1] not in self.plain_classes:
                instances = tuple(p for p in instances if p != self.method_self)
            typed = None if instances else typed_parameter(node)
            if instances:
                # Methods run twice as fast when ``self`` is known to be a plain instance of a
                # program class: check it once on entry, then read its attributes natively.
                tests = [type_in(name(p, loc), "$UP", loc) for p in instances]
                test = tests[0] if len(tests) == 1 else mk(ast.BoolOp, loc, ast.And(), tests)
                body = self.specialised(statements, test, loc, instances=frozenset(instances),
                                        compact=self.method_self in instances)
            elif typed is not None:
                param, typ = typed
                scope = infer_function(node, self.scope.parent, self.analysis.is_builtin,
                                       {param: typ})
                test = type_is(name(param, loc), "$R_" + typ.__name__, loc)
                body = self.specialised(statements, test, loc, scope=scope)
            else:
                body = self.block(statements)
            if memo is not None:
                body = [mk(ast.If, loc, live, memo, body or [mk(ast.Pass, loc)])]
        self.depth -= 1
        tick = mk(ast.Expr, loc, call("$tick", loc))
        cls = ast.AsyncFunctionDef if node.is_async else ast.FunctionDef
        self.has_coroutines = self.has_coroutines or node.is_async
        extra = {"type_params": []} if PY312 else {}
        returns = None if node.returns is None else self.expr(node.returns)
        return [mk(cls, loc, name=node.name, args=args, body=docstring + [tick] + body,
                   decorator_list=decorators, returns=returns, type_comment=None, **extra)]

    def specialised(self, statements, test, loc, scope=None, instances=frozenset(),
                    compact: bool = False) -> list:
        """``if test:`` the body lowered knowing what ``test`` checked (``scope``: a parameter's
        type; ``instances``: parameters that are plain program instances), ``else:`` as is, or,
        if ``compact``, with every check left to the runtime's helpers: half the code, for a
        branch that runs only in odd cases (a method of a plain class on another object)."""
        generic = self.scope
        self.scope, self.own_instances = scope or generic, instances
        fast = self.block(statements) or [mk(ast.Pass, loc)]
        self.scope, self.own_instances = generic, frozenset()
        saved, self.compact = self.compact, self.compact or compact
        try:
            slow = self.block(statements) or [mk(ast.Pass, loc)]
        finally:
            self.compact = saved
        return [mk(ast.If, loc, test, fast, slow)]

    def lower_ClassDef(self, node):
        loc = self.loc(node)
        for kw in node.keywords:
            if kw.arg is None or kw.arg == "metaclass":
                raise CompileError("metaclasses are not supported in Edge Python", kw.start, kw.end)
        decorators = self.exprs(node.decorator_list) + [name("$class", loc)]
        bases = []
        for base in node.bases:
            if type(base) is n.Starred:
                raise CompileError("starred class bases are not supported in Edge Python",
                                   base.start, base.end)
            bases.append(call("$base", self.loc(base), self.expr(base)))
        saved = self.walrus_ok, self.scope
        self.walrus_ok = False
        self.scope = class_scope(node, self.scope)
        forbidden = sorted(self.scope.local & FORBIDDEN_IN_CLASS)
        if forbidden:
            raise CompileError(f"defining '{forbidden[0]}' in a class is not supported in Edge "
                               "Python", node.start, node.end, "TypeError")
        self.scope.is_class = True
        self.classes.append(node.name)
        # instances of a class with only program classes for bases are plain (checked again
        # at run time): only then is its methods' ``self`` worth a specialised body
        if not node.keywords and all(type(b) is n.Name and b.id in self.plain_classes
                                     for b in node.bases):
            self.plain_classes.add(node.name)
        else:
            self.plain_classes.discard(node.name)
        try:
            body = self.body(node.body, loc)
        finally:
            self.classes.pop()
            self.walrus_ok, self.scope = saved
        extra = {"type_params": []} if PY312 else {}
        keywords = [self.lower_keyword(k) for k in node.keywords]
        return [mk(ast.ClassDef, loc, name=node.name, bases=bases, keywords=keywords, body=body,
                   decorator_list=decorators, **extra)]

    # -- imports ----------------------------------------------------------------------------------
    def lower_Import(self, node):
        out: list = []
        for alias in node.names:
            loc = self.loc(alias)
            spec = alias.name.value if type(alias.name) is n.Constant else alias.name
            top = () if alias.asname else (const(True, loc),)  # import a.b binds a
            value = call("$import", loc, const(spec, loc), *top)
            out.append(mk(ast.Assign, loc, [name(alias_binding(alias), loc, STORE)], value))
        return out

    def lower_ImportFrom(self, node):
        loc = self.loc(node)
        spec = "." * node.level + (node.module or "")
        temp = self.temp()
        out = [mk(ast.Assign, loc, [name(temp, loc, STORE)], call("$import", loc, const(spec, loc)))]
        for alias in node.names:
            aloc = self.loc(alias)
            if alias.name == "*":
                out.append(mk(ast.Expr, aloc, call("$import_star", aloc, name(temp, aloc))))
                continue
            value = call("$import_from", aloc, name(temp, aloc), const(alias.name, aloc))
            out.append(mk(ast.Assign, aloc, [name(alias_binding(alias), aloc, STORE)], value))
        return out


def _has_slice(index) -> bool:
    return type(index) is n.Slice or (type(index) is n.Tuple and
                                      any(type(e) is n.Slice for e in index.elts))


def _has_star(target) -> bool:
    return type(target) in (n.Tuple, n.List) and any(type(e) is n.Starred for e in target.elts)


def _unknown(name: str):
    return None


def _as_load(target):
    if type(target) is ast.Name:
        return mk(ast.Name, _loc_of(target), target.id, LOAD)
    return mk(ast.Subscript, _loc_of(target), target.value, target.slice, LOAD)


def _loc_of(node) -> tuple:
    return node.lineno, node.col_offset, node.end_lineno, node.end_col_offset


def _is_dunder(attr: str) -> bool:
    return len(attr) > 4 and attr.startswith("__") and attr.endswith("__")


def _exits_loop(statements) -> bool:
    """Does a ``while ... else`` block contain a break/continue of an enclosing loop?"""
    stack = list(statements)
    while stack:
        node = stack.pop()
        kind = type(node)
        if kind in (n.Break, n.Continue):
            return True
        if kind in (n.For, n.While):
            stack.extend(node.orelse)
            continue
        if kind in (n.FunctionDef, n.ClassDef):
            continue
        for child in n.iter_children(node):
            if isinstance(child, n.stmt) or type(child) in (n.ExceptHandler, n.match_case):
                stack.append(child)
    return False


__all__ = ["Lowerer", "LOAD"]


_REPEATING = (n.For, n.While, n.FunctionDef, n.ClassDef, n.Lambda, n.ListComp, n.SetComp,
              n.DictComp, n.GeneratorExp)


def _stopped(loc, test) -> ast.Compare:
    """``$meter.stopped is None`` (``test`` Is: the run goes on) or ``is not None``."""
    stopped = mk(ast.Attribute, loc, name("$meter", loc), "stopped", LOAD)
    return mk(ast.Compare, loc, stopped, [test], [const(None, loc)])

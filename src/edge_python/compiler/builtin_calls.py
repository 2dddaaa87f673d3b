"""Calls of builtins by their builtin names, lowered to CPython's own where that is safe.

The builtins a program sees are checked wrappers and proxies (``runtime/builtins.py``,
``runtime/types.py``): ``sum(xs)`` ticks through its iterable, ``list(xs)`` checks the copy fits,
``isinstance(x, str)`` asks the proxy. Where the arguments make the check pointless (a container
already paid for in memory, a small one, several arguments instead of an iterable) the call
goes straight to CPython's builtin, or at least straight to the constructor, skipping the proxy's
metaclass. Only names that cannot mean anything else (``analysis.is_builtin``) get here.
"""

from __future__ import annotations

import ast

from ..runtime.bounded import COPY_CHECK
from ..runtime.builtins import SHARED
from ..runtime.types import ProxyMeta
from ..syntax import nodes as n
from .guards import branch, call, len_at_most, name, type_in, type_is
from .locations import mk

CONSTRUCTORS = frozenset(name for name, value in SHARED.items() if isinstance(value, ProxyMeta))
_PLAIN_PROXIES = ("str", "int", "list", "tuple", "bytes", "dict")  # isinstance: the real type's


class BuiltinCalls:
    """Mixin of the expression lowering (needs ``capture``, ``expr`` and ``loc``)."""

    def builtin_call(self, node, args: list, keywords: list, loc) -> ast.expr | None:
        """The fast form of ``node`` (a call of a builtin by name), or None for the usual call."""
        func, floc = node.func.id, self.loc(node.func)
        plain = not keywords and not any(type(a) is ast.Starred for a in args)
        if func == "isinstance" and plain and len(args) == 2 and type(node.args[1]) is n.Name \
                and node.args[1].id in _PLAIN_PROXIES and self.analysis.is_builtin(node.args[1].id):
            # the proxy's __instancecheck__ would only ask the real type, in Python
            if node.args[1].id == "dict":  # a dict, and not one of our sets (dict subclasses)
                return mk(ast.Call, loc, name("$isdict", floc), [args[0]], [])
            return mk(ast.Call, loc, name("$isinstance", floc),
                      [args[0], name("$R_" + node.args[1].id, self.loc(node.args[1]))], [])
        if func in ("min", "max") and plain and len(args) > 1:
            # of several arguments: no iterable to tick through, so CPython's own is safe
            return mk(ast.Call, loc, name("$" + func, floc), args, [])
        one = plain and len(args) == 1 and type(node.args[0]) is not n.GeneratorExp
        if func == "sum" and one:
            if type(node.args[0]) in (n.ListComp, n.List, n.Tuple):
                return call("$sum", loc, args[0])
            test, again = self.capture(args[0], loc)
            if test is not None:  # of a container: its size is paid for, CPython's own sum
                return branch(type_in(test, "$SIZED", loc), call("$sum", loc, again),
                              mk(ast.Call, loc, name("sum", floc), [again], []), loc)
        if func in ("list", "tuple", "reversed", "enumerate") and one:
            test, again = self.capture(args[0], loc)
            if test is not None:
                if func in ("list", "tuple"):  # a small container: copied by CPython, unchecked
                    check = mk(ast.BoolOp, loc, ast.And(), [type_in(test, "$COPYABLE", loc),
                                                             len_at_most(again, COPY_CHECK, loc)])
                else:  # only a long range must tick as C walks it
                    check = type_is(test, "$range", loc, negate=True)
                return branch(check, mk(ast.Call, loc, name("$R_" + func, floc), [again], []),
                              mk(ast.Call, loc, name("$new_" + func, floc), [again], []), loc)
        if func == "int" and one:  # without a base, the checked constructor is int(x) itself
            return mk(ast.Call, loc, name("$R_int", floc), args, [])
        if func == "str" and one:
            test, again = self.capture(args[0], loc)
            if test is not None:  # of a number: CPython's own str() is the program's (a long
                # str is charged for its copy, which CPython does not make, as Edge does)
                return branch(type_in(test, "$N", loc),
                              mk(ast.Call, loc, name("$R_str", floc), [again], []),
                              mk(ast.Call, loc, name("$new_str", floc), [again], []), loc)
        if func in CONSTRUCTORS:
            return mk(ast.Call, loc, name("$new_" + func, floc), args, keywords)
        return None

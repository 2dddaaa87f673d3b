"""Builders for guarded operations: the calls into the runtime, and the inline fast paths.

A fast path is a conditional expression that tests the operand types CPython can handle without
any risk, and otherwise calls the ``$`` helper: ``(a + b if $type(a) in $N else $add(a, b))``.
An operand is evaluated once: a simple name or constant can be repeated in both branches, a
larger left operand is captured with a walrus into a ``$t`` temporary where walrus is allowed,
and anything else just calls the helper. The right operand is repeated only when small, so
nested expressions never blow up the size of the generated code.
"""

from __future__ import annotations

import ast

from .locations import mk

SMALL_RESULT = 4096  # items or characters: a repetition this small needs no check
SMALL = 32  # largest right operand (in ast nodes) repeated in both branches of a fast path

LOAD = ast.Load()
STORE = ast.Store()
DEL = ast.Del()

BINOPS = {name: getattr(ast, name)() for name in
          ("Add", "Sub", "Mult", "Div", "FloorDiv", "Mod", "Pow", "LShift", "RShift", "BitOr",
           "BitXor", "BitAnd", "MatMult")}
HELPER = {"Add": "$add", "Mult": "$mul", "Pow": "$pow", "LShift": "$lshift", "Mod": "$mod",
          "Sub": "$sub", "BitOr": "$or", "BitAnd": "$and", "BitXor": "$xor"}
IN_PLACE = {"Add": "$iadd", "Mult": "$imul", "Pow": "$ipow", "LShift": "$ilshift", "Mod": "$imod"}
NATIVE = frozenset(("Div", "FloorDiv", "RShift", "MatMult"))
# Set-like operators: native for numbers, but a dict view on either side makes a host ``set``.
SET_OPS = frozenset(("Sub", "BitOr", "BitAnd", "BitXor"))


def size(node: ast.AST, limit: int = SMALL) -> int:
    """Number of nodes under ``node``, counting no further than ``limit + 1``."""
    count = 0
    stack = [node]
    while stack and count <= limit:
        current = stack.pop()
        count += 1
        stack.extend(ast.iter_child_nodes(current))
    return count


def is_simple(node: ast.AST) -> bool:
    return type(node) is ast.Name or type(node) is ast.Constant


def is_number(node: ast.AST) -> bool:
    return type(node) is ast.Constant and type(node.value) in (int, float, complex)


def name(ident: str, loc, ctx=LOAD) -> ast.Name:
    return mk(ast.Name, loc, ident, ctx)


def call(func: str, loc, *args: ast.AST) -> ast.Call:
    return mk(ast.Call, loc, name(func, loc), list(args), [])


def const(value, loc) -> ast.Constant:
    return mk(ast.Constant, loc, value)


def type_in(operand: ast.AST, types_name: str, loc) -> ast.Compare:
    """``$type(operand) in types_name``"""
    return mk(ast.Compare, loc, call("$type", loc, operand), [ast.In()], [name(types_name, loc)])


def type_is(operand: ast.AST, type_name: str, loc, negate: bool = False) -> ast.Compare:
    op = ast.IsNot() if negate else ast.Is()
    return mk(ast.Compare, loc, call("$type", loc, operand), [op], [name(type_name, loc)])


def len_at_most(operand: ast.AST, limit: int, loc) -> ast.Compare:
    """``$len(operand) <= limit``"""
    return mk(ast.Compare, loc, call("$len", loc, operand), [ast.LtE()], [const(limit, loc)])


def branch(test: ast.AST, fast: ast.AST, slow: ast.AST, loc) -> ast.IfExp:
    return mk(ast.IfExp, loc, test, fast, slow)


def binop(left: ast.AST, op: str, right: ast.AST, loc) -> ast.BinOp:
    return mk(ast.BinOp, loc, left, BINOPS[op], right)


class GuardBuilder:
    """Mixin of the lowering: needs ``self.temp()`` and ``self.walrus_ok``."""

    def capture(self, operand: ast.AST, loc):
        """(expression to test, expression to reuse) for an operand evaluated once."""
        if is_simple(operand):
            return operand, operand
        if not self.walrus_ok:
            return None, None
        temp = self.temp()
        return mk(ast.NamedExpr, loc, name(temp, loc, STORE), operand), name(temp, loc)

    def guarded_binop(self, left: ast.AST, op: str, right: ast.AST, loc, in_place: bool = False,
                      types=(None, None)):
        if op in NATIVE or _known_safe(op, *types) or _constant_safe(op, left, right):
            return binop(left, op, right, loc)
        if op in SET_OPS and in_place:
            return binop(left, op, right, loc)  # lowered as a native augmented assignment
        helper = (IN_PLACE if in_place else HELPER)[op]
        if self.compact:
            return call(helper, loc, left, right)
        if op == "LShift" or (op == "Pow" and is_number(left)):
            return call(helper, loc, left, right)
        if op == "Mult" and types[0] in _NUMBERS and types[1] in _NUMBERS:
            if _small_int(left) or _small_int(right):
                return binop(left, op, right, loc)
            if self.walrus_ok and not in_place:  # two ints (or bools): an int
                return self.checked_product(left, right, loc, known_int=True)
        if op == "Mult" and _small_int(left) and not in_place:  # 3 * n: as n * 3
            test, again = self.capture(right, loc)
            if test is None:
                return call(helper, loc, left, right)
            return branch(type_in(test, "$N", loc), binop(left, op, again, loc),
                          call(helper, loc, left, again), loc)
        if op == "Mult" and not in_place and not self.walrus_ok and is_simple(left) \
                and is_simple(right) and not _small_int(right):
            return self.small_product(left, right, loc)
        test, again = self.capture(left, loc)
        if test is None:
            return call(helper, loc, left, right)
        right_test = right_again = right
        product = op == "Mult" and not in_place and not _small_int(right) and self.walrus_ok
        if size(right) > SMALL or (product and not is_simple(right)):
            # evaluate it once, after the left operand, into a temporary
            if not self.walrus_ok:
                return call(helper, loc, left, right)
            temp = self.temp()
            right_again = name(temp, loc)
            right_test = mk(ast.NamedExpr, loc, name(temp, loc, STORE), right)
        if product:
            return self.product(test, again, right_test, right_again, loc, types)
        if op == "Mult":
            check = type_in(test, "$N", loc) if _small_int(right) else type_is(test, "$float", loc)
        elif op == "Pow":
            check = type_is(test, "$float", loc)
        else:
            # in place, the program's own classes may define __iadd__: only numbers are native
            check = type_in(test, "$N" if in_place else "$NA", loc)
        if right_test is not right_again:
            evaluated = mk(ast.Compare, loc, right_test, [ast.IsNot()], [name("$SENT", loc)])
            check = mk(ast.BinOp, loc, check, ast.BitAnd(), evaluated)
        return branch(check, binop(again, op, right_again, loc),
                      call(helper, loc, again, right_again), loc)

    def product(self, left_test, left, right_test, right, loc, types=(None, None)):
        """``a * b`` without a call when both sides are numbers or the program's own objects.

        Such a product cannot repeat a sequence; two ints within the int limit are multiplied
        and refused afterwards if the result left the limit (one product costs little, only
        feeding it back would grow exponentially)."""
        checked = self.checked_product(left, right, loc)
        # an operand of a known number type needs no test, but a captured one still runs
        left_known = types[0] in _NUMBERS
        right_known = types[1] in _NUMBERS or _same_name(left_test, right_test) \
            or (is_number(right_test) and type(right_test.value) in _NUMBERS)
        tests = []
        for test, known in ((left_test, left_known), (right_test, right_known)):
            if not known:
                tests.append(type_in(test, "$NA", loc))
            elif not is_simple(test):
                tests.append(mk(ast.Compare, loc, test, [ast.IsNot()], [name("$SENT", loc)]))
        if not tests:
            return checked
        both = tests[0] if len(tests) == 1 else mk(ast.BinOp, loc, tests[0], ast.BitAnd(), tests[1])
        return branch(both, checked, call("$mul", loc, left, right), loc)

    def checked_product(self, left, right, loc, known_int: bool = False):
        """``left * right``, refused afterwards if it is an int beyond the int limit."""
        result = self.temp()
        product = mk(ast.NamedExpr, loc, name(result, loc, STORE), binop(left, "Mult", right, loc))
        if known_int:
            ok = mk(ast.Compare, loc, name("$NB", loc), [ast.Lt(), ast.Lt()],
                    [product, name("$B", loc)])
            return branch(ok, name(result, loc), call("$big", loc, name(result, loc)), loc)
        not_int = mk(ast.Compare, loc, call("$type", loc, product), [ast.IsNot()], [name("$int", loc)])
        in_bounds = mk(ast.Compare, loc, name("$NB", loc), [ast.Lt(), ast.Lt()],
                       [name(result, loc), name("$B", loc)])
        ok = mk(ast.BoolOp, loc, ast.Or(), [not_int, in_bounds])
        return branch(ok, name(result, loc), call("$big", loc, name(result, loc)), loc)

    def small_product(self, left, right, loc):
        """``a * b`` where no temporary can hold the product (in a comprehension): native when
        both are numbers within the square root of the int limit, so the product is too."""
        operands = (left,) if _same_name(left, right) else (left, right)  # x * x: one operand to check
        tests = [type_in(operand, "$N", loc) for operand in operands]
        for operand in operands:
            tests.append(mk(ast.Compare, loc, name("$NS", loc), [ast.Lt(), ast.Lt()],
                            [operand, name("$S", loc)]))
        return branch(mk(ast.BoolOp, loc, ast.And(), tests), binop(left, "Mult", right, loc),
                      call("$mul", loc, left, right), loc)


def _same_name(left: ast.AST, right: ast.AST) -> bool:
    return type(left) is ast.Name and type(right) is ast.Name and left.id == right.id


def _small_int(node) -> bool:
    """``x * c`` with a small int constant ``c`` grows ints slowly: safe for any number."""
    return is_number(node) and type(node.value) is int and abs(node.value) <= 1 << 20


_NUMBERS = (int, float, bool)


def _known_safe(op: str, left, right) -> bool:
    """With the operand types known at compile time, is ``left op right`` safe natively?"""
    if op in ("Mult", "Pow") and float in (left, right):
        return True  # a float repeats no sequence and grows no int: anything else raises or is ours
    if left in _NUMBERS and (op in ("Add", "Mod") or op in SET_OPS):
        return True
    if op in SET_OPS and right in _NUMBERS:
        return True
    return False


def _constant_safe(op: str, left, right) -> bool:
    """Constant operands that make an operation safe whatever the other side is, or whose
    result is known to be small (``[0] * 8``, ``"-" * 40``)."""
    if op == "Mult" and (_small_repeat(left, right) or _small_repeat(right, left)):
        return True
    if op in ("Add", "Mod") or op in SET_OPS:
        return is_number(left) or (is_number(right) and op != "Mod")
    if op == "Pow":
        return (is_number(right) and (type(right.value) is not int or right.value < 0)) \
            or _is_float(left)
    if op == "Mult":
        return _is_float(left) or _is_float(right)
    if op == "LShift":
        return is_number(right) and type(right.value) is int and 0 <= right.value <= 64 \
            and is_number(left) and abs(left.value) < 1 << 64
    return False


def _small_repeat(sequence: ast.AST, count: ast.AST) -> bool:
    if not (is_number(count) and type(count.value) is int):
        return False
    kind = type(sequence)
    if kind is ast.Constant and type(sequence.value) in (str, bytes):
        length = len(sequence.value)
    elif kind in (ast.List, ast.Tuple) and not any(type(e) is ast.Starred for e in sequence.elts):
        length = len(sequence.elts)
    else:
        return False
    return length * count.value <= SMALL_RESULT


def _is_float(node: ast.AST) -> bool:
    return type(node) is ast.Constant and type(node.value) is float

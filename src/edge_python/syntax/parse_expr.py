"""Expression parsing: a Pratt (precedence-climbing) parser over the binding-power table below.

One ``parse_binary(min_bp)`` loop handles every prefix and infix operator from ``or`` down to
``**``, so a nesting level costs few host frames; ``enter``/``leave`` count nesting and refuse
more than ``MAX_NESTING`` levels with a SyntaxError before the host stack is at risk.
"""

from __future__ import annotations

from . import nodes as n
from .diagnostics import CompileError
from .tokens import (
    CLOSERS,
    FSTART,
    NAME,
    NUMBER,
    OPENERS,
    SOFT_KEYWORDS,
    STRING,
)

MAX_NESTING = 200  # Edge's MAX_EXPR_DEPTH; deeper source is a SyntaxError, never a host crash

# infix operator -> (left binding power, right binding power, node operator name)
BINARY = {
    "or": (2, 3, "Or"), "and": (4, 5, "And"),
    "|": (10, 11, "BitOr"), "^": (12, 13, "BitXor"), "&": (14, 15, "BitAnd"),
    "<<": (16, 17, "LShift"), ">>": (16, 17, "RShift"),
    "+": (18, 19, "Add"), "-": (18, 19, "Sub"),
    "*": (20, 21, "Mult"), "/": (20, 21, "Div"), "//": (20, 21, "FloorDiv"),
    "%": (20, 21, "Mod"), "@": (20, 21, "MatMult"),
    "**": (26, 22, "Pow"),  # right operand is a unary expression: 2 ** -1
}
COMPARE_BP = 8
NOT_BP = 7          # operand of 'not' includes comparisons
UNARY_BP = 22       # operand of - + ~ includes '**' on its right
COMPARISONS = {"==": "Eq", "!=": "NotEq", "<": "Lt", "<=": "LtE", ">": "Gt", ">=": "GtE",
               "in": "In", "is": "Is"}
UNARY = {"-": "USub", "+": "UAdd", "~": "Invert"}

# Tokens that may start an expression (used to decide optional parts such as `return [x]`).
EXPR_START = frozenset([NAME, NUMBER, STRING, FSTART, "(", "[", "{", "-", "+", "~", "not",
                        "lambda", "await", "None", "True", "False", "...", "*", "yield"])

LITERAL_KINDS = {"None": None, "True": True, "False": False, "...": ...}

# Tokens after which an expression may start where one just ended ("Perhaps you forgot a comma?").
_NEXT_EXPRESSION = EXPR_START - {"*", "-", "+", "yield"}
# Nodes that CPython's grammar reaches below 'bitwise_or' (comparisons, not, and/or, ...), unless
# parenthesized: they cannot be the target in "cannot assign to ... here. Maybe you meant '=='".
_ABOVE_BITWISE_OR = ("Compare", "BoolOp", "IfExp", "Lambda", "NamedExpr", "Starred", "Yield",
                     "YieldFrom")


class ExpressionParser:
    """Mixin with the expression half of the parser; state lives in ``syntax.parser.Parser``."""

    # -- nesting guard ------------------------------------------------------------------------
    def enter(self) -> None:
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise CompileError("too many nested parentheses", self.tok[2], self.tok[3])

    def leave(self) -> None:
        self.depth -= 1

    # -- entry points -------------------------------------------------------------------------
    def parse_named(self, hint: bool = True):
        """namedexpr: NAME ':=' expression | expression"""
        tok = self.tok
        if tok[0] == NAME and self.tokens[self.pos + 1][0] == ":=":
            self.advance()
            self.advance()
            value = self.parse_expr()
            target = n.Name(tok[1], tok[2], tok[3])
            return n.NamedExpr(target, value, tok[2], value.end)
        expr = self.parse_expr()
        if self.tok[0] == ":=":
            self.walrus_error(expr)
        if hint and self.tok[0] == "=":
            saved = self.pos
            self.advance()
            self.named_hint(expr)
            self.reset(saved)
        return expr

    def walrus_error(self, target) -> None:
        """At ':=' after something that is not a name: CPython's message, if an expression follows."""
        saved = self.pos
        self.advance()
        if self.attempt(self.parse_expr, specific=False) is not None:
            raise CompileError(f"cannot use assignment expressions with {_describe(target)}",
                               target.start, target.end)
        self.reset(saved)
        self.syntax_error()

    def named_hint(self, target) -> None:
        """CPython's invalid_named_expression, with the token after the '=' current: raise its
        "Maybe you meant '=='" error for ``target = value`` if its grammar would."""
        parenthesized = id(target) in self.parenthesized or self.source[target.start] == "("
        if not parenthesized and (type(target).__name__ in _ABOVE_BITWISE_OR or (
                type(target) is n.UnaryOp and target.op == "Not")):
            return
        if self.tok[0] not in EXPR_START or self.tok[0] in ("*", "yield", "not", "lambda"):
            return
        start, depth = self.pos, self.depth
        try:
            value = self.parse_binary(COMPARE_BP)  # a bitwise_or
        except CompileError:
            self.reset(start)
            self.depth = depth
            try:
                value = self.parse_postfix()  # CPython's parser backtracks to a shorter one
            except CompileError:
                return
        self.depth = depth
        if self.tok[0] in ("=", ":="):
            return
        if type(target) is n.Name and not parenthesized:
            raise CompileError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                               target.start, value.end)
        if not self.starts_with_display(target):
            raise CompileError(f"cannot assign to {_describe(target)} here. Maybe you meant '==' "
                               "instead of '='?", target.start, target.end)

    def starts_with_display(self, node) -> bool:
        """True if the source of ``node`` starts with a list, tuple, generator or True/None/False
        (CPython's ``!(list|tuple|genexp|'True'|'None'|'False')`` look-ahead)."""
        while True:
            if id(node) in self.parenthesized:
                return False
            kind = type(node)
            if kind in (n.List, n.Tuple, n.GeneratorExp):
                return True
            if kind is n.Constant:
                return node.value is None or node.value is True or node.value is False
            if kind is n.Attribute or kind is n.Subscript:
                node = node.value
            elif kind is n.Call:
                node = node.func
            elif kind is n.BinOp:
                node = node.left
            else:
                return False

    def expression_hints(self) -> None:
        """CPython's second-pass rules where an expression starts right after another one ended:
        "Perhaps you forgot a comma?" inside brackets, "Missing parentheses in call to 'print'",
        and the errors found in what follows a name (which CPython parses to try the latter)."""
        last = self.last_disjunction
        if last is None or self.tok[0] not in _NEXT_EXPRESSION or self.hinting:
            return
        self.hinting = True  # the parses ahead must not look for hints themselves
        try:
            self.hints_after(*last)
        finally:
            self.hinting = False

    def hints_after(self, first, pos: int) -> None:
        tokens = self.tokens
        if first.end != self.prev_end:
            return
        name = tokens[pos][0] == NAME and type(first) is n.Name and tokens[pos][3] == first.end
        legacy = name and first.id in ("print", "exec")
        saved, depth = self.pos, self.depth
        if not (tokens[pos][0] == NAME and (tokens[pos][1] in SOFT_KEYWORDS or tokens[pos + 1][0] == STRING)):
            # a failed expression falls back to its first operand, as CPython's parser backtracks
            second = self.attempt(self.parse_expr, specific=False) or \
                self.attempt(self.parse_postfix, specific=False)
            if second is not None and not legacy and self.bracket_level(saved) > 0:
                raise CompileError("invalid syntax. Perhaps you forgot a comma?", first.start, second.end)
        if name:
            second = self.attempt(self.parse_star_expressions, specific=True)
            if second is not None and legacy:
                raise CompileError(f"Missing parentheses in call to '{first.id}'. Did you mean "
                                   f"{first.id}(...)?", first.start, second.end)
        self.reset(saved)
        self.depth = depth

    def attempt(self, parse, specific: bool):
        """Parse ahead for an error message, then go back. A parse that got to where lexing
        stopped raises (CPython's tokenizer would have failed there); so does an error with a
        message of its own if ``specific``."""
        saved, depth, late = self.pos, self.depth, len(self.late_errors)
        try:
            node = parse()
        except CompileError as exc:
            if specific and exc.message != "invalid syntax":
                raise
            node = None
        if self.stop is not None and self.tok[2] >= self.stop:
            raise CompileError("invalid syntax", self.tok[2], self.tok[2] + 1)
        self.reset(saved)
        self.depth = depth
        del self.late_errors[late:]
        return node

    def bracket_level(self, pos: int) -> int:
        level = 0
        for tok in self.tokens[:pos]:
            if tok[0] in OPENERS:
                level += 1
            elif tok[0] in CLOSERS:
                level -= 1
        return level

    def parse_expr(self):
        """expression: lambda | disjunction ['if' disjunction 'else' expression]"""
        if self.tok[0] == "lambda":
            return self.parse_lambda()
        self.enter()
        pos = self.pos
        body = self.parse_binary(0)
        self.last_disjunction = (body, pos)
        if self.tok[0] == "if":
            self.advance()
            test = self.parse_binary(0)
            if self.tok[0] != "else":
                raise CompileError("expected 'else' after 'if' expression", body.start, self.prev_end)
            self.advance()
            orelse = self.parse_expr()
            body = n.IfExp(test, body, orelse, body.start, orelse.end)
        self.leave()
        return body

    def parse_binary(self, min_bp: int):
        tok = self.tok
        kind = tok[0]
        if kind == "not" and min_bp <= NOT_BP:  # not an operand of a comparison or arithmetic
            self.advance()
            self.enter()
            operand = self.parse_binary(NOT_BP)
            self.leave()
            left = n.UnaryOp("Not", operand, tok[2], operand.end)
        elif kind in UNARY:
            self.advance()
            self.enter()
            operand = self.parse_binary(UNARY_BP)
            self.leave()
            left = n.UnaryOp(UNARY[kind], operand, tok[2], operand.end)
        elif kind == "await":
            self.advance()
            self.enter()
            value = self.parse_postfix()
            self.leave()
            left = n.Await(value, tok[2], value.end)
        else:
            left = self.parse_postfix()
        return self.parse_infix(left, min_bp)

    def parse_infix(self, left, min_bp: int):
        while True:
            kind = self.tok[0]
            info = BINARY.get(kind)
            if info is not None:
                lbp, rbp, op = info
                if lbp <= min_bp:
                    return left
                self.advance()
                if op == "Pow":  # right-associative: each one nests
                    self.enter()
                    right = self.parse_binary(rbp)
                    self.leave()
                else:
                    right = self.parse_binary(rbp)
                if op in ("Or", "And"):
                    if type(left) is n.BoolOp and left.op == op and id(left) not in self.parenthesized:
                        left.values.append(right)
                        left.end = right.end
                    else:
                        left = n.BoolOp(op, [left, right], left.start, right.end)
                else:
                    left = n.BinOp(left, op, right, left.start, right.end)
                continue
            if COMPARE_BP > min_bp and (kind in COMPARISONS or (kind == "not" and self.peek_kind(1) == "in")):
                left = self.parse_comparison(left)
                continue
            return left

    def parse_comparison(self, left):
        ops, comparators = [], []
        while True:
            kind = self.tok[0]
            if kind == "not":
                if self.tokens[self.pos + 1][0] != "in":
                    break
                self.advance()
                self.advance()
                op = "NotIn"
            elif kind == "is":
                self.advance()
                if self.tok[0] == "not":
                    self.advance()
                    op = "IsNot"
                else:
                    op = "Is"
            elif kind in COMPARISONS:
                self.advance()
                op = COMPARISONS[kind]
            else:
                break
            ops.append(op)
            comparators.append(self.parse_binary(COMPARE_BP + 1))
        if not ops:
            self.syntax_error()
        return n.Compare(left, ops, comparators, left.start, comparators[-1].end)

    # -- primaries ----------------------------------------------------------------------------
    def parse_postfix(self):
        node = self.parse_atom()
        while True:
            kind = self.tok[0]
            if kind == ".":
                self.advance()
                tok = self.tok
                if tok[0] != NAME:
                    self.syntax_error()
                self.advance()
                node = n.Attribute(node, tok[1], node.start, tok[3])
            elif kind == "(":
                node = self.parse_call(node)
            elif kind == "[":
                self.advance()
                self.enter()
                index = self.parse_slices()
                self.leave()
                end = self.expect("]")
                node = n.Subscript(node, index, node.start, end)
            else:
                return node

    def parse_atom(self):
        tok = self.tok
        kind = tok[0]
        if kind == NAME:
            self.advance()
            return n.Name(tok[1], tok[2], tok[3])
        if kind == NUMBER:
            self.advance()
            return n.Constant(self.literal(tok), tok[2], tok[3])
        if kind == STRING or kind == FSTART:
            return self.parse_strings()
        if kind in LITERAL_KINDS:
            self.advance()
            return n.Constant(LITERAL_KINDS[kind], tok[2], tok[3])
        if kind == "(":
            return self.parse_paren()
        if kind == "[":
            return self.parse_list_display()
        if kind == "{":
            return self.parse_brace_display()
        self.syntax_error()  # a lambda, too: it is an expression, never an operand

    def parse_call(self, func):
        self.advance()  # (
        self.enter()
        args, keywords = [], []
        seen_kw = seen_kwunpack = False
        while self.tok[0] != ")":
            tok = self.tok
            if tok[0] == "*":
                self.advance()
                value = self.parse_expr()
                if seen_kwunpack:
                    raise CompileError("iterable argument unpacking follows keyword argument "
                                       "unpacking", tok[2], value.end)
                args.append(n.Starred(value, tok[2], value.end))
            elif tok[0] == "**":
                self.advance()
                value = self.parse_expr()
                if self.tok[0] == "=":
                    self.advance()
                    end = self.parse_expr().end
                    raise CompileError("cannot assign to keyword argument unpacking", tok[2], end)
                keywords.append(n.keyword(None, value, tok[2], value.end))
                seen_kwunpack = True
            elif tok[0] == NAME and self.tokens[self.pos + 1][0] == "=":
                self.advance()
                eq = self.advance()
                if self.tok[0] in (",", ")"):
                    raise CompileError("expected argument value expression", tok[2], eq[3])
                value = self.parse_expr()
                if self.tok[0] == "for":
                    raise CompileError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                                       tok[2], eq[3])
                keywords.append(n.keyword(tok[1], value, tok[2], value.end))
                seen_kw = True
            else:
                value = self.parse_named(hint=False)
                if self.tok[0] == "for" or (self.tok[0] == "async" and self.peek_kind(1) == "for"):
                    gens = self.parse_comprehension_clauses()
                    value = n.GeneratorExp(value, gens, value.start, self.prev_end)
                    if args or keywords or self.tok[0] != ")":
                        raise CompileError("Generator expression must be parenthesized",
                                           value.start, value.end)
                    value.start = tok[2]
                elif self.tok[0] == "=":
                    if tok[0] in ("True", "False", "None") and value.end == tok[3]:
                        raise CompileError(f"cannot assign to {tok[0]}", tok[2], self.tok[3])
                    raise CompileError('expression cannot contain assignment, perhaps you meant "=="?',
                                       value.start, self.tok[3])
                if seen_kwunpack:
                    raise CompileError("positional argument follows keyword argument unpacking",
                                       value.start, value.end)
                if seen_kw:
                    raise CompileError("positional argument follows keyword argument",
                                       value.start, value.end)
                args.append(value)
            if self.tok[0] != ",":
                break
            self.advance()
        end = self.expect(")")
        self.leave()
        self.check_duplicate_keywords(keywords)
        return n.Call(func, args, keywords, func.start, end)

    def check_duplicate_keywords(self, keywords) -> None:
        seen = set()
        for kw in keywords:
            if kw.arg is not None:
                if kw.arg in seen:
                    self.late(f"keyword argument repeated: {kw.arg}", kw.start, kw.end)
                seen.add(kw.arg)

    def parse_slices(self):
        first = self.parse_slice()
        if self.tok[0] != ",":
            if type(first) is n.Starred:
                return n.Tuple([first], first.start, first.end)
            return first
        elts = [first]
        while self.tok[0] == ",":
            self.advance()
            if self.tok[0] == "]":
                break
            elts.append(self.parse_slice())
        return n.Tuple(elts, first.start, elts[-1].end)

    def parse_slice(self):
        start = self.tok[2]
        if self.tok[0] == "*":
            tok = self.advance()
            value = self.parse_binary(10)
            return n.Starred(value, tok[2], value.end)
        lower = upper = step = None
        if self.tok[0] != ":":
            lower = self.parse_named()
            if self.tok[0] != ":":
                return lower
        self.advance()
        if self.tok[0] not in (":", "]", ","):
            upper = self.parse_expr()
        if self.tok[0] == ":":
            self.advance()
            if self.tok[0] not in ("]", ","):
                step = self.parse_expr()
        return n.Slice(lower, upper, step, start, self.prev_end)

    # -- displays -----------------------------------------------------------------------------
    def parse_paren(self):
        open_tok = self.advance()
        self.enter()
        if self.tok[0] == ")":
            end = self.advance()[3]
            self.leave()
            return n.Tuple([], open_tok[2], end)
        if self.tok[0] == "yield":
            value = self.parse_yield()
            end = self.expect(")")
            self.leave()
            value.start, value.end = open_tok[2], end
            return value
        first = self.parse_star_or_named()
        if self.tok[0] == "for" or (self.tok[0] == "async" and self.peek_kind(1) == "for"):
            self.no_starred(first, "iterable unpacking cannot be used in comprehension")
            gens = self.parse_comprehension_clauses()
            end = self.expect(")")
            self.leave()
            return n.GeneratorExp(first, gens, open_tok[2], end)
        if self.tok[0] != ",":
            end = self.expect(")")
            self.leave()
            if type(first) is n.Starred:
                raise CompileError("cannot use starred expression here", first.start, first.end)
            first = self._parenthesized(first, open_tok[2], end)
            return first
        elts = [first]
        while self.tok[0] == ",":
            self.advance()
            if self.tok[0] == ")":
                break
            elts.append(self.parse_star_or_named())
        end = self.expect(")")
        self.leave()
        return n.Tuple(elts, open_tok[2], end)

    def _parenthesized(self, node, start: int, end: int):
        """Remember that ``node`` was written in parentheses (for target checks and spans)."""
        self.parenthesized[id(node)] = (start, end)
        return node

    def parse_list_display(self):
        open_tok = self.advance()
        self.enter()
        elts = []
        if self.tok[0] != "]":
            first = self.parse_star_or_named()
            if self.tok[0] == "for" or (self.tok[0] == "async" and self.peek_kind(1) == "for"):
                self.no_starred(first, "iterable unpacking cannot be used in comprehension")
                gens = self.parse_comprehension_clauses()
                end = self.expect("]")
                self.leave()
                return n.ListComp(first, gens, open_tok[2], end)
            elts.append(first)
            while self.tok[0] == ",":
                self.advance()
                if self.tok[0] == "]":
                    break
                elts.append(self.parse_star_or_named())
        end = self.expect("]")
        self.leave()
        return n.List(elts, open_tok[2], end)

    def parse_brace_display(self):
        open_tok = self.advance()
        self.enter()
        if self.tok[0] == "}":
            end = self.advance()[3]
            self.leave()
            return n.Dict([], [], open_tok[2], end)
        if self.tok[0] == "**":
            node = self.parse_dict_rest(open_tok, None, None)
        else:
            first = self.parse_star_or_named()
            if self.tok[0] == ":" and type(first) is not n.Starred:
                node = self.parse_dict_rest(open_tok, first, self.parse_dict_value())
            else:
                node = self.parse_set_rest(open_tok, first)
        self.leave()
        return node

    def parse_dict_rest(self, open_tok, key, value):
        if key is not None and (self.tok[0] == "for" or
                                (self.tok[0] == "async" and self.peek_kind(1) == "for")):
            gens = self.parse_comprehension_clauses()
            end = self.expect("}")
            return n.DictComp(key, value, gens, open_tok[2], end)
        keys, values = [], []
        if key is not None:
            keys.append(key)
            values.append(value)
            if self.tok[0] != ",":
                return n.Dict(keys, values, open_tok[2], self.expect("}"))
            self.advance()
        while self.tok[0] != "}":
            if self.tok[0] == "**":
                star = self.advance()
                item = self.parse_binary(10)
                if self.tok[0] == "for" and not keys:
                    raise CompileError("dict unpacking cannot be used in dict comprehension",
                                       star[2], item.end)
                keys.append(None)
                values.append(item)
            else:
                k = self.parse_expr()
                if self.tok[0] != ":":
                    raise CompileError("':' expected after dictionary key", k.start, k.end)
                keys.append(k)
                values.append(self.parse_dict_value())
            if self.tok[0] != ",":
                break
            self.advance()
        return n.Dict(keys, values, open_tok[2], self.expect("}"))

    def parse_dict_value(self):
        """After a key, at the ':'."""
        colon = self.advance()
        if self.tok[0] == "*":
            star = self.advance()
            end = self.parse_binary(COMPARE_BP).end
            raise CompileError("cannot use a starred expression in a dictionary value", star[2], end)
        if self.tok[0] in ("}", ","):
            raise CompileError("expression expected after dictionary key and ':'", colon[2], colon[3])
        return self.parse_expr()

    def parse_set_rest(self, open_tok, first):
        if self.tok[0] == "for" or (self.tok[0] == "async" and self.peek_kind(1) == "for"):
            self.no_starred(first, "iterable unpacking cannot be used in comprehension")
            gens = self.parse_comprehension_clauses()
            end = self.expect("}")
            return n.SetComp(first, gens, open_tok[2], end)
        elts = [first]
        while self.tok[0] == ",":
            self.advance()
            if self.tok[0] == "}":
                break
            elts.append(self.parse_star_or_named())
        if self.tok[0] == ":":
            raise CompileError("invalid syntax", self.tok[2], self.tok[3])
        end = self.expect("}")
        return n.Set(elts, open_tok[2], end)

    def no_starred(self, node, message: str) -> None:
        if type(node) is n.Starred:
            raise CompileError(message, node.start, node.end)

    def parse_star_or_named(self):
        tok = self.tok
        if tok[0] == "*":
            self.advance()
            pos = self.pos
            value = self.parse_binary(10)
            self.last_disjunction = (value, pos)
            return n.Starred(value, tok[2], value.end)
        return self.parse_named()

    def parse_comprehension_clauses(self) -> list:
        gens = []
        while True:
            start = self.tok[2]
            is_async = False
            if self.tok[0] == "async":
                self.advance()
                is_async = True
            if self.tok[0] != "for":
                break
            self.advance()
            target = self.checked_targets(self.parse_for_target, "for")
            iterable = self.parse_binary(0)  # a disjunction
            ifs = []
            while self.tok[0] == "if":
                self.advance()
                ifs.append(self.parse_binary(0))
            gens.append(n.comprehension(target, iterable, ifs, is_async, start, self.prev_end))
            if self.tok[0] not in ("for", "async"):
                break
        return gens

    # -- lambda and yield ---------------------------------------------------------------------
    def parse_lambda(self):
        tok = self.advance()
        self.enter()
        args = self.parse_parameters(":", lambda_=True)
        self.expect(":")
        body = self.parse_expr()
        self.leave()
        return n.Lambda(args, body, tok[2], body.end)

    def parse_yield(self):
        tok = self.advance()
        if self.tok[0] == "from":
            self.advance()
            value = self.parse_expr()
            return n.YieldFrom(value, tok[2], value.end)
        if self.tok[0] in EXPR_START and self.tok[0] != "yield":
            value = self.parse_star_expressions()
            return n.Yield(value, tok[2], value.end)
        return n.Yield(None, tok[2], tok[3])

    def parse_star_expressions(self, star_ok: bool = False):
        """star_expressions: a bare tuple of (possibly starred) expressions, or one expression."""
        first = self.parse_star_or_expr()
        if self.tok[0] != ",":
            if type(first) is n.Starred and not star_ok:
                self.late("can't use starred expression here", first.start, first.end)
            return first
        elts = [first]
        while self.tok[0] == ",":
            self.advance()
            if self.tok[0] not in EXPR_START:
                break
            elts.append(self.parse_star_or_expr())
        return n.Tuple(elts, first.start, self.prev_end)

    def parse_star_or_expr(self):
        tok = self.tok
        if tok[0] == "*":
            self.advance()
            pos = self.pos
            value = self.parse_binary(10)
            self.last_disjunction = (value, pos)
            return n.Starred(value, tok[2], value.end)
        return self.parse_expr()


def _describe(node) -> str:
    """CPython's name for an expression kind in 'cannot assign to ...' messages."""
    names = {
        n.Attribute: "attribute", n.Subscript: "subscript", n.Call: "function call",
        n.BinOp: "expression", n.BoolOp: "expression", n.UnaryOp: "expression",
        n.Compare: "comparison", n.Lambda: "lambda", n.IfExp: "conditional expression",
        n.Dict: "dict literal", n.Set: "set display", n.ListComp: "list comprehension",
        n.SetComp: "set comprehension", n.DictComp: "dict comprehension",
        n.GeneratorExp: "generator expression", n.Await: "await expression",
        n.Yield: "yield expression", n.YieldFrom: "yield expression",
        n.JoinedStr: "f-string expression", n.NamedExpr: "named expression",
        n.Tuple: "tuple", n.List: "list", n.Starred: "starred", n.Name: "name",
    }
    if type(node) is n.Constant:
        if node.value is None or node.value is True or node.value is False:
            return repr(node.value)
        if node.value is ...:
            return "ellipsis"
        return "literal"
    return names.get(type(node), "expression")

"""Expression parsing: a Pratt (precedence-climbing) parser over the binding-power table below.

One ``parse_binary(min_bp)`` loop handles every prefix and infix operator from ``or`` down to
``**``, so a nesting level costs few host frames; ``enter``/``leave`` count nesting and refuse
more than ``MAX_NESTING`` levels with a SyntaxError before the host stack is at risk.
"""

from __future__ import annotations

from . import nodes as n
from .diagnostics import CompileError
from .tokens import FEND, FMIDDLE, FSTART, NAME, NUMBER, STRING

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
    def parse_named(self):
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
            what = _describe(expr)
            raise CompileError(f"cannot use assignment expressions with {what}", expr.start, expr.end)
        return expr

    def parse_expr(self):
        """expression: lambda | disjunction ['if' disjunction 'else' expression]"""
        if self.tok[0] == "lambda":
            return self.parse_lambda()
        self.enter()
        body = self.parse_binary(0)
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
        if kind == "not":
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
            if COMPARE_BP > min_bp and (kind in COMPARISONS or kind == "not"):
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
                    if tok[0] in ("True", "False", "None") or tok[1].isidentifier():
                        pass
                    else:
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
            return n.Constant(tok[1], tok[2], tok[3])
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
        if kind == "*":
            raise CompileError("can't use starred expression here", tok[2], tok[3])
        if kind == "lambda":
            return self.parse_lambda()
        self.syntax_error()

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
                keywords.append(n.keyword(None, value, tok[2], value.end))
                seen_kwunpack = True
            elif tok[0] == NAME and self.tokens[self.pos + 1][0] == "=":
                self.advance()
                self.advance()
                value = self.parse_expr()
                keywords.append(n.keyword(tok[1], value, tok[2], value.end))
                seen_kw = True
            else:
                value = self.parse_named()
                if self.tok[0] == "for" or (self.tok[0] == "async" and self.peek_kind(1) == "for"):
                    gens = self.parse_comprehension_clauses()
                    value = n.GeneratorExp(value, gens, value.start, self.prev_end)
                    if args or keywords or self.tok[0] != ")":
                        if self.tok[0] == "," and self.peek_kind(1) == ")" and not args and not keywords:
                            self.advance()
                        else:
                            raise CompileError("Generator expression must be parenthesized",
                                               value.start, value.end)
                    value.start = tok[2]
                elif self.tok[0] == "=":
                    raise CompileError('expression cannot contain assignment, perhaps you meant "=="?',
                                       value.start, value.end)
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
                    raise CompileError(f"keyword argument repeated: {kw.arg}", kw.start, kw.end)
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
                self.advance()
                value = self.parse_expr()
                node = self.parse_dict_rest(open_tok, first, value)
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
                if self.tok[0] == "for":
                    raise CompileError("dict unpacking cannot be used in dict comprehension",
                                       star[2], item.end)
                keys.append(None)
                values.append(item)
            else:
                k = self.parse_expr()
                if self.tok[0] != ":":
                    raise CompileError("':' expected after dictionary key", k.start, k.end)
                self.advance()
                keys.append(k)
                values.append(self.parse_expr())
            if self.tok[0] != ",":
                break
            self.advance()
        return n.Dict(keys, values, open_tok[2], self.expect("}"))

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
            value = self.parse_binary(10)
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
            target = self.parse_target_list(("in",))
            self.expect("in", "invalid syntax")
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

    def parse_star_expressions(self):
        """star_expressions: a bare tuple of (possibly starred) expressions, or one expression."""
        first = self.parse_star_or_expr()
        if self.tok[0] != ",":
            if type(first) is n.Starred:
                raise CompileError("can't use starred expression here", first.start, first.end)
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
            value = self.parse_binary(10)
            return n.Starred(value, tok[2], value.end)
        return self.parse_expr()

    # -- strings ------------------------------------------------------------------------------
    def parse_strings(self):
        """Adjacent literals concatenate; any f-string part makes the whole a JoinedStr."""
        start = self.tok[2]
        parts: list = []
        is_bytes = None
        fstring = False
        while self.tok[0] in (STRING, FSTART):
            tok = self.tok
            this_bytes = tok[0] == STRING and type(tok[1]) is bytes
            if is_bytes is not None and this_bytes != is_bytes:
                raise CompileError("cannot mix bytes and nonbytes literals", start, tok[3])
            is_bytes = this_bytes
            if tok[0] == STRING:
                self.advance()
                parts.append(tok[1])
            else:
                fstring = True
                parts.extend(self.parse_fstring())
        end = self.prev_end
        if is_bytes:
            return n.Constant(b"".join(parts), start, end)
        if not fstring:
            return n.Constant("".join(parts), start, end)
        return n.JoinedStr(self._merge_literals(parts, start, end), start, end)

    @staticmethod
    def _merge_literals(parts: list, start: int, end: int) -> list:
        values: list = []
        for part in parts:
            if type(part) is str:
                if not part:
                    continue
                if values and type(values[-1]) is n.Constant:
                    values[-1].value += part
                    continue
                values.append(n.Constant(part, start, end))
            else:
                values.append(part)
        return values

    def parse_fstring(self) -> list:
        self.advance()  # FSTART
        parts: list = []
        while True:
            tok = self.tok
            if tok[0] == FMIDDLE:
                self.advance()
                parts.append(tok[1])
            elif tok[0] == "{":
                parts.extend(self.parse_fstring_field())
            elif tok[0] == FEND:
                self.advance()
                return parts
            else:
                self.syntax_error()

    def parse_fstring_field(self) -> list:
        open_tok = self.advance()  # {
        self.enter()
        if self.tok[0] in ("}", "=", "!", ":"):
            what = self.tok[0]
            raise CompileError(f"f-string: valid expression required before '{what}'",
                               self.tok[2], self.tok[3])
        if self.tok[0] == "yield":
            value = self.parse_yield()
        else:
            value = self.parse_star_expressions()
        debug = None
        if self.tok[0] == "=":
            eq = self.advance()
            nxt = self.tok[2]
            debug = self.source[open_tok[3]:eq[3]] + self.source[eq[3]:nxt]
        conversion = -1
        if self.tok[0] == "!":
            bang = self.advance()
            conv = self.tok
            if conv[0] != NAME or conv[2] != bang[3]:
                raise CompileError("f-string: missing conversion character", bang[3], bang[3] + 1)
            if conv[1] not in ("r", "s", "a"):
                raise CompileError(f"f-string: invalid conversion character '{conv[1]}': "
                                   "expected 's', 'r', or 'a'", conv[2], conv[3])
            self.advance()
            conversion = ord(conv[1])
        spec = None
        if self.tok[0] == ":":
            colon = self.advance()
            spec_parts: list = []
            while self.tok[0] != "}":
                if self.tok[0] == FMIDDLE:
                    spec_parts.append(self.advance()[1])
                elif self.tok[0] == "{":
                    spec_parts.extend(self.parse_fstring_field())
                else:
                    raise CompileError("f-string: expecting '}'", self.tok[2], self.tok[3])
            spec = n.JoinedStr(self._merge_literals(spec_parts, colon[3], self.tok[2]),
                               colon[3], self.tok[2])
        if self.tok[0] != "}":
            raise CompileError("f-string: expecting '}'", self.tok[2], self.tok[3])
        close = self.advance()
        self.leave()
        if debug is not None and conversion == -1 and spec is None:
            conversion = ord("r")
        field = n.FormattedValue(value, conversion, spec, open_tok[2], close[3])
        return [debug, field] if debug is not None else [field]


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
        n.Tuple: "tuple", n.List: "list", n.Starred: "starred",
    }
    if type(node) is n.Constant:
        if node.value is None or node.value is True or node.value is False:
            return repr(node.value)
        if node.value is ...:
            return "ellipsis"
        return "literal"
    return names.get(type(node), "expression")

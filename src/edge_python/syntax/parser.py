"""Tokens -> syntax tree: statements, blocks and the parser's shared state.

The parser is hand-written: one ``parse_*`` method per construct, expressions by precedence
climbing (``parse_expr.py``), patterns of ``match`` in ``parse_pattern.py``, targets and
parameters in ``parse_targets.py``. It stops at the first error, with CPython's wording and the
offending span. Soft keywords (``match``, ``case``, ``type``) are decided by a short look-ahead
with backtracking, as CPython's PEG parser does.

Which error a faulty program reports follows CPython too: the specific messages of its second,
error-finding pass (``expression_hints``, ``named_hint``, ``checked_targets``), the priority of
tokenizer errors (``_lexer_error_wins``), and errors of its compiler reported only once the whole
program parses (``late``).
"""

from __future__ import annotations

import sys
from contextlib import contextmanager

from . import nodes as n
from .diagnostics import CompileError, SourceMap
from .lexer import check_source, lex
from .parse_expr import EXPR_START, ExpressionParser, _describe
from .parse_pattern import PatternParser
from .parse_strings import StringParser
from .parse_targets import TargetParser
from .tokens import AUGMENTED, DEDENT, EOF, ERRORTOKEN, INDENT, NAME, NEWLINE, STRING

# Host frames needed per nesting level, with room to spare: parsing raises the interpreter's
# recursion limit (never lowers it) so that 200 nested levels always fit.
_FRAMES_NEEDED = 4000

COMPOUND_NAMES = {"if": "'if' statement", "elif": "'elif' statement", "else": "'else' statement",
                  "while": "'while' statement", "for": "'for' statement", "try": "'try' statement",
                  "except": "'except' statement", "finally": "'finally' statement",
                  "with": "'with' statement", "def": "function definition",
                  "class": "class definition", "match": "'match' statement",
                  "case": "'case' statement"}


def parse(source: str, smap: SourceMap | None = None) -> n.Module:
    """Parse a whole program. Raises CompileError on the first fault."""
    source = check_source(source)
    smap = smap or SourceMap(source)
    tokens, deferred = lex(source, smap)
    parser = Parser(source, tokens, smap)
    if deferred is not None and deferred[1] == "eof":
        parser.stop = len(source)
    with deep_stack():
        try:
            module = parser.parse_module()
        except CompileError as exc:
            if deferred is not None and _lexer_error_wins(parser, exc, deferred):
                raise deferred[0] from None
            raise
    if deferred is not None:
        raise deferred[0]
    if parser.late_errors:
        raise min(parser.late_errors, key=lambda late: late[:2])[2]
    return module


def _lexer_error_wins(parser: Parser, exc: CompileError, deferred: tuple) -> bool:
    """CPython's choice between a syntax error and a tokenizer error (see ``lexer.lex``).

    The tokenizer's error wins when the parser got to it; otherwise CPython tokenizes the rest
    of the text after the syntax error, and a tokenizer error found there wins unless it is
    inside an f-string, while an unclosed bracket wins only if it is on an earlier line.
    """
    error, kind, info = deferred
    if parser.tok[0] in (ERRORTOKEN, EOF) or parser.tok[2] >= len(parser.source):
        return True
    if exc.message == "unexpected indent":  # CPython reports it without looking further
        return False
    if kind == "error":
        return info
    return info is not None and info < parser.smap.line_of(exc.start)


@contextmanager
def deep_stack():
    """Room on the host stack for 200 nested levels: raises the recursion limit, never lowers it."""
    old = sys.getrecursionlimit()
    needed = _current_depth() + _FRAMES_NEEDED
    if needed > old:
        sys.setrecursionlimit(needed)
    try:
        yield
    except RecursionError:
        raise CompileError("too many nested parentheses", 0, 1) from None
    finally:
        if needed > old and sys.getrecursionlimit() == needed:
            sys.setrecursionlimit(old)


def _current_depth() -> int:
    frame, depth = sys._getframe(), 0
    while frame is not None:
        frame, depth = frame.f_back, depth + 1
    return depth


class Parser(ExpressionParser, StringParser, PatternParser, TargetParser):
    def __init__(self, source: str, tokens: list[tuple], smap: SourceMap) -> None:
        self.source = source
        self.tokens = tokens
        self.smap = smap
        self.pos = 0
        self.tok = tokens[0]
        self.prev_end = 0
        self.depth = 0
        self.parenthesized: dict[int, tuple[int, int]] = {}
        self.last_disjunction: tuple | None = None  # (node, token index) for "forgot a comma?"
        self.hinting = False
        self.late_errors: list[tuple] = []  # (phase, CompileError): see ``late``
        # Where lexing stopped at an error, if it did: parsing ahead to there must fail.
        last = tokens[-2] if len(tokens) > 1 else tokens[-1]
        self.stop: int | None = last[2] if last[0] == ERRORTOKEN else None

    # -- token helpers ------------------------------------------------------------------------
    def advance(self) -> tuple:
        tok = self.tok
        self.prev_end = tok[3]
        self.pos += 1
        self.tok = self.tokens[self.pos]
        return tok

    def peek_kind(self, k: int) -> str:
        return self.tokens[min(self.pos + k, len(self.tokens) - 1)][0]

    def prev_kind(self) -> str:
        return self.tokens[self.pos - 1][0] if self.pos else ""

    def expect(self, kind: str, message: str | None = None) -> int:
        tok = self.tok
        if tok[0] != kind:
            self.syntax_error(message)
        self.advance()
        return tok[3]

    def expect_colon(self, forced: bool = False) -> None:
        """The ':' of a compound statement. CPython says "expected ':'" where its grammar forces
        the colon (def, try, else, finally), elsewhere only when the line ends instead."""
        if self.tok[0] != ":":
            self.syntax_error("expected ':'" if forced or self.tok[0] == NEWLINE else None)
        self.advance()

    def reset(self, pos: int) -> None:
        self.pos = pos
        self.tok = self.tokens[pos]
        self.prev_end = self.tokens[pos - 1][3] if pos else 0

    def syntax_error(self, message: str | None = None):
        tok = self.tok
        if message is None:
            message = "invalid syntax"
            if tok[0] == INDENT:
                self.unexpected_indent()
            self.expression_hints()
        start, end = tok[2], tok[3]
        if tok[0] in (NEWLINE, EOF):
            start, end = tok[2], tok[2] + 1
        raise CompileError(message, start, end)

    def late(self, message: str, start: int, end: int, phase: int = 1) -> None:
        """An error CPython finds only after parsing (phase 0: symbol table, 1: code generation):
        it is reported if the whole program parses, and the first of the first phase wins."""
        self.late_errors.append((phase, start, CompileError(message, start, end)))

    def unexpected_indent(self):
        tok = self.tok  # CPython points at the last character of the indentation
        raise CompileError("unexpected indent", tok[3] - 1, tok[3], "IndentationError")

    def line_of(self, offset: int) -> int:
        return self.smap.line_of(offset)

    # -- module and blocks ----------------------------------------------------------------------
    def parse_module(self) -> n.Module:
        body = []
        while self.tok[0] != EOF:
            if self.tok[0] == NEWLINE:
                self.advance()
                continue
            body.extend(self.parse_statement())
        return n.Module(body, 0, len(self.source))

    def parse_block(self, header: tuple) -> list:
        """After the ':' of a compound statement: an indented suite or simple statements."""
        if self.tok[0] != NEWLINE:
            return self.parse_simple_line()
        self.advance()
        if self.tok[0] != INDENT:
            what = COMPOUND_NAMES.get(header[1] if header[0] == NAME else header[0], "statement")
            line = self.line_of(header[2])
            tok = self.tok
            raise CompileError(f"expected an indented block after {what} on line {line}",
                               tok[2], tok[3], "IndentationError")
        self.advance()
        self.enter()
        body = []
        while self.tok[0] != DEDENT:
            if self.tok[0] == EOF:
                break
            body.extend(self.parse_statement())
        if self.tok[0] == DEDENT:
            self.advance()
        self.leave()
        return body

    def parse_statement(self) -> list:
        kind = self.tok[0]
        method = _COMPOUND.get(kind)
        if method is not None:
            return [method(self)]
        if kind == NAME and self.tok[1] == "match":
            result = self.try_match()
            if type(result) is n.Match:
                return [result]
            if result is not None:  # a subject was read: 'match' may still be a name
                try:
                    return self.parse_simple_line()
                except CompileError as exc:
                    self.match_error(result, exc)
        if kind == INDENT:
            self.unexpected_indent()
        return self.parse_simple_line()

    def parse_simple_line(self) -> list:
        stmts = [self.parse_small_statement()]
        while self.tok[0] == ";":
            self.advance()
            if self.tok[0] in (NEWLINE, EOF):
                break
            stmts.append(self.parse_small_statement())
        if self.tok[0] == NEWLINE:
            self.advance()
        elif self.tok[0] != EOF:
            self.syntax_error()
        return stmts

    # -- simple statements ----------------------------------------------------------------------
    def parse_small_statement(self):
        tok = self.tok
        kind = tok[0]
        method = _SIMPLE.get(kind)
        if method is not None:
            return method(self)
        if kind == NAME and tok[1] == "type" and self.peek_kind(1) == NAME \
                and self.peek_kind(2) in ("=", "["):
            return self.parse_type_alias()
        return self.parse_expression_statement()

    def parse_keyword_only(self):
        tok = self.advance()
        cls = {"pass": n.Pass, "break": n.Break, "continue": n.Continue}[tok[0]]
        return cls(tok[2], tok[3])

    def parse_return(self):
        tok = self.advance()
        value = None
        if self.tok[0] in EXPR_START:
            value = self.parse_star_expressions()
        return n.Return(value, tok[2], self.prev_end)

    def parse_raise(self):
        tok = self.advance()
        exc = cause = None
        if self.tok[0] in EXPR_START:
            exc = self.parse_expr()
            if self.tok[0] == "from":
                self.advance()
                cause = self.parse_expr()
        return n.Raise(exc, cause, tok[2], self.prev_end)

    def parse_global(self):
        tok = self.advance()
        names = [self.expect_name()]
        while self.tok[0] == ",":
            self.advance()
            names.append(self.expect_name())
        cls = n.Global if tok[0] == "global" else n.Nonlocal
        return cls(names, tok[2], self.prev_end)

    def expect_name(self) -> str:
        tok = self.tok
        if tok[0] != NAME:
            self.syntax_error()
        self.advance()
        return tok[1]

    def parse_del(self):
        tok = self.advance()
        return self.checked_targets(lambda: self.parse_del_targets(tok), "delete")

    def parse_del_targets(self, tok):
        targets = []
        while True:
            target = self.parse_binary(10) if self.tok[0] != "*" else self.parse_star_or_expr()
            self.check_target(target, "delete")
            targets.append(target)
            if self.tok[0] != ",":
                break
            self.advance()
            if self.tok[0] in (NEWLINE, ";", EOF):
                break
        if self.tok[0] not in (NEWLINE, ";", EOF):
            self.syntax_error()
        return n.Delete(targets, tok[2], self.prev_end)

    def parse_assert(self):
        tok = self.advance()
        test = self.parse_expr()
        msg = None
        if self.tok[0] == ",":
            self.advance()
            msg = self.parse_expr()
        return n.Assert(test, msg, tok[2], self.prev_end)

    def parse_import(self):
        tok = self.advance()
        names = []
        while True:
            start = self.tok[2]
            if self.tok[0] == STRING:
                spec = self.advance()
                name = n.Constant(self.literal(spec), spec[2], spec[3])
            else:
                name = self.parse_dotted_name()
            asname = None
            if self.tok[0] == "as":
                self.advance()
                asname = self.expect_name()
            names.append(n.alias(name, asname, start, self.prev_end))
            if self.tok[0] != ",":
                break
            self.advance()
        return n.Import(names, tok[2], self.prev_end)

    def parse_dotted_name(self) -> str:
        parts = [self.expect_name()]
        while self.tok[0] == ".":
            self.advance()
            parts.append(self.expect_name())
        return ".".join(parts)

    def parse_from_import(self):
        tok = self.advance()
        level = 0
        module = None
        quoted = False
        while self.tok[0] in (".", "..."):
            level += len(self.advance()[0])
        if self.tok[0] == STRING and not level:
            if type(self.literal(self.tok)) is not str:
                self.syntax_error()
            module = self.advance()[1]
            quoted = True
        elif self.tok[0] == NAME:
            module = self.parse_dotted_name()
        elif not level:
            self.syntax_error()
        self.expect("import")
        names = []
        if self.tok[0] == "*":
            star = self.advance()
            names.append(n.alias("*", None, star[2], star[3]))
        else:
            paren = self.tok[0] == "("
            if paren:
                self.advance()
            while True:
                start = self.tok[2]
                name = self.expect_name()
                asname = None
                if self.tok[0] == "as":
                    self.advance()
                    asname = self.expect_name()
                names.append(n.alias(name, asname, start, self.prev_end))
                if self.tok[0] != ",":
                    break
                self.advance()
                if paren and self.tok[0] == ")":
                    break
                if not paren and self.tok[0] == NEWLINE:
                    self.syntax_error("trailing comma not allowed without surrounding parentheses")
            if paren:
                self.expect(")")
        return n.ImportFrom(module, names, level, quoted, tok[2], self.prev_end)

    def parse_type_alias(self):
        tok = self.advance()
        name_tok = self.advance()
        params = self.parse_type_params("invalid syntax")
        self.expect("=")
        value = self.parse_expr()
        name = n.Name(name_tok[1], name_tok[2], name_tok[3])
        return n.TypeAlias(name, params, value, tok[2], value.end)

    def parse_expression_statement(self):
        start = self.tok[2]
        if self.tok[0] == "yield":
            first = self.parse_yield()
        else:
            first = self.parse_star_expressions(star_ok=True)
        kind = self.tok[0]
        if kind == ":=" and not (type(first) is n.Name and id(first) not in self.parenthesized):
            self.walrus_error(first)
        if type(first) is n.Starred:
            if kind == ":":
                self.syntax_error()
            if kind == "=":
                self.check_target(first.value, "assign")
                self.late("starred assignment target must be in a list or tuple", first.start, first.end)
            elif kind not in AUGMENTED:
                self.late("can't use starred expression here", first.start, first.end)
        if kind == "=":
            return self.parse_assignment(first, start)
        if kind in AUGMENTED:
            return self.parse_augmented(first, start)
        if kind == ":":
            return self.parse_annotated(first, start)
        return n.Expr(first, start, first.end)

    def parse_assignment(self, first, start: int):
        targets = []
        value = first
        while self.tok[0] == "=":
            self.check_assign_target(value, first=not targets)
            targets.append(value)
            self.advance()  # =
            value = self.parse_yield() if self.tok[0] == "yield" else self.parse_star_expressions()
        return n.Assign(targets, value, start, value.end)

    def check_assign_target(self, target, first: bool) -> None:
        """At the '=' after ``target``: CPython refuses a bad target there, whatever follows."""
        if type(target) in (n.Yield, n.YieldFrom) and self.source[target.start] != "(":
            raise CompileError("assignment to yield expression not possible", target.start, target.end)
        try:
            self.check_target(target, "assign")
        except CompileError:
            if first:
                self.assignment_hint(target, self.pos + 1)
            raise

    def assignment_hint(self, target, value_pos: int) -> None:
        """CPython's hints for ``target = value`` with a bad target, found as its grammar does:
        on the item right before the '=' (the last one of a bare tuple)."""
        item = target
        if type(target) is n.Tuple and target.elts and target.start == target.elts[0].start:
            item = target.elts[-1]
            if item.end != target.end:  # a trailing comma: nothing touches the '='
                return
        self.reset(value_pos)
        self.named_hint(item)

    def parse_augmented(self, target, start: int):
        op_tok = self.advance()
        parse = self.parse_yield if self.tok[0] == "yield" else self.parse_star_expressions
        if type(target) not in (n.Name, n.Attribute, n.Subscript) and (
                self.attempt(parse, specific=False) or self.attempt(self.parse_postfix, specific=False)):
            raise CompileError(f"'{_describe(target)}' is an illegal expression for augmented "
                               "assignment", target.start, target.end)
        value = parse()
        return n.AugAssign(target, AUGMENTED[op_tok[0]], value, start, value.end)

    def parse_annotated(self, target, start: int):
        kind = type(target)
        if kind not in (n.Name, n.Attribute, n.Subscript):
            saved = self.pos
            self.advance()
            if self.attempt(self.parse_expr, specific=False) is None:
                self.parse_expr()  # CPython reports a bad target only before an annotation
                self.reset(saved)
                self.syntax_error()
            if kind is n.Tuple or kind is n.List:
                raise CompileError(f"only single target (not {_describe(target)}) can be annotated",
                                   target.start, target.end)
            raise CompileError("illegal target for annotation", target.start, target.end)
        self.advance()  # :
        self.check_target(target, "assign")
        annotation = self.parse_expr()
        value = None
        if self.tok[0] == "=":
            self.advance()
            value = self.parse_yield() if self.tok[0] == "yield" else self.parse_star_expressions()
        simple = int(type(target) is n.Name and id(target) not in self.parenthesized)
        return n.AnnAssign(target, annotation, value, simple, start, self.prev_end)

    # -- compound statements --------------------------------------------------------------------
    def parse_if(self):
        header = self.advance()  # if / elif
        test = self.parse_named()
        self.expect_colon()
        body = self.parse_block(header)
        orelse = []
        if self.tok[0] == "elif":
            orelse = [self.parse_if()]
        elif self.tok[0] == "else":
            orelse = self.parse_else()
        return n.If(test, body, orelse, header[2], self.prev_end)

    def parse_else(self) -> list:
        header = self.advance()
        self.expect_colon(forced=True)
        return self.parse_block(header)

    def parse_while(self):
        header = self.advance()
        test = self.parse_named()
        self.expect_colon()
        body = self.parse_block(header)
        orelse = self.parse_else() if self.tok[0] == "else" else []
        return n.While(test, body, orelse, header[2], self.prev_end)

    def parse_for(self, is_async: bool = False, start: int | None = None):
        header = self.advance()
        target = self.checked_targets(self.parse_for_target, "for")
        iterable = self.parse_star_expressions()
        self.expect_colon()
        body = self.parse_block(header)
        orelse = self.parse_else() if self.tok[0] == "else" else []
        return n.For(target, iterable, body, orelse, is_async,
                     header[2] if start is None else start, self.prev_end)

    def parse_try(self):
        header = self.advance()
        self.expect_colon(forced=True)
        body = self.parse_block(header)
        handlers = []
        while self.tok[0] == "except":
            handlers.append(self.parse_handler(handlers))
        orelse = finalbody = []
        if self.tok[0] == "else":
            if not handlers:
                self.syntax_error("expected 'except' or 'finally' block")
            orelse = self.parse_else()
        if self.tok[0] == "finally":
            finalbody = self.parse_else()
        if not handlers and not finalbody:
            self.syntax_error("expected 'except' or 'finally' block")
        return n.Try(body, handlers, orelse, finalbody, header[2], self.prev_end)

    def parse_handler(self, previous: list):
        header = self.advance()
        if self.tok[0] == "*":
            self.late("'except*' is not supported in Edge Python", header[2], self.tok[3])
            self.advance()
        if previous and previous[-1].type is None:
            prior = previous[-1]
            self.late("default 'except:' must be last", prior.start, prior.end)
        exc_type = name = None
        if self.tok[0] not in (":", NEWLINE):
            exc_type = self.parse_expr()
            if self.tok[0] == ",":
                raise CompileError("multiple exception types must be parenthesized",
                                   exc_type.start, self.tok[3])
            if self.tok[0] == "as":
                self.advance()
                name = self.expect_name()
        self.expect_colon()
        body = self.parse_block(header)
        return n.ExceptHandler(exc_type, name, body, header[2], self.prev_end)

    def parse_with(self, is_async: bool = False, start: int | None = None):
        header = self.advance()
        items = None
        if self.tok[0] == "(":
            items = self.try_parenthesized_with_items()
        if items is None:
            items = [self.parse_with_item()]
            while self.tok[0] == ",":
                self.advance()
                items.append(self.parse_with_item())
        self.expect_colon()
        body = self.parse_block(header)
        return n.With(items, body, is_async, header[2] if start is None else start, self.prev_end)

    def try_parenthesized_with_items(self):
        saved, depth, late = self.pos, self.depth, len(self.late_errors)
        try:
            self.advance()
            items = [self.parse_with_item()]
            while self.tok[0] == ",":
                self.advance()
                if self.tok[0] == ")":
                    break
                items.append(self.parse_with_item())
            self.expect(")")
            if self.tok[0] == ":":
                return items
        except CompileError:
            pass
        self.reset(saved)
        self.depth = depth
        del self.late_errors[late:]
        return None

    def parse_with_item(self):
        expr = self.parse_expr()
        target = None
        if self.tok[0] == "as":
            self.advance()
            target = self.checked_targets(
                lambda: self.parse_target_list((":", ",", ")"), single=True), "assign", self.parse_expr)
        return n.withitem(expr, target, expr.start, self.prev_end)

    def parse_decorated(self):
        decorators = []
        while self.tok[0] == "@":
            self.advance()
            decorators.append(self.parse_named())
            if self.tok[0] != NEWLINE:
                self.syntax_error()
            self.advance()
        kind = self.tok[0]
        if kind == "def":
            node = self.parse_def()
        elif kind == "class":
            node = self.parse_class()
        elif kind == "async":
            if self.peek_kind(1) != "def":
                self.advance()
                self.syntax_error()
            node = self.parse_async()
        else:
            self.syntax_error()
        node.decorator_list = decorators
        return node

    def parse_async(self):
        tok = self.advance()
        kind = self.tok[0]
        if kind == "def":
            node = self.parse_def(is_async=True)
        elif kind == "for":
            node = self.parse_for(is_async=True, start=tok[2])
        elif kind == "with":
            node = self.parse_with(is_async=True, start=tok[2])
        else:
            self.syntax_error()
        node.start = tok[2]
        return node

    def parse_def(self, is_async: bool = False):
        header = self.advance()
        name = self.expect_name()
        type_params = self.parse_type_params("expected '('")
        self.expect("(", "expected '('")
        args = self.parse_parameters(")")
        self.expect(")")
        returns = None
        if self.tok[0] == "->":
            self.advance()
            if self.tok[0] not in EXPR_START:  # CPython: the '->' part failed, ':' is forced
                self.reset(self.pos - 1)
                self.syntax_error("expected ':'")
            returns = self.parse_expr()
        self.expect_colon(forced=True)
        body = self.parse_block(header)
        return n.FunctionDef(name, args, body, [], returns, is_async, type_params,
                             header[2], self.prev_end)

    def parse_class(self):
        header = self.advance()
        name = self.expect_name()
        type_params = self.parse_type_params("invalid syntax")
        bases, keywords = [], []
        if self.tok[0] == "(":
            call = self.parse_call(n.Name(name, header[2], header[3]))
            bases, keywords = call.args, call.keywords
        self.expect_colon()
        body = self.parse_block(header)
        return n.ClassDef(name, bases, keywords, body, [], type_params, header[2], self.prev_end)

    def parse_type_params(self, empty_error: str) -> list:
        if self.tok[0] != "[":
            return []
        if self.peek_kind(1) == "]":  # CPython: "expected '('" at '[' after def, else at ']'
            if empty_error == "invalid syntax":
                self.advance()
            self.syntax_error(empty_error)
        self.advance()
        params = []
        while self.tok[0] != "]":
            start = self.tok[2]
            if self.tok[0] in ("*", "**"):
                self.advance()
            name = self.expect_name()
            bound = None
            if self.tok[0] == ":":
                self.advance()
                bound = self.parse_expr()
            params.append(n.type_param(name, bound, start, self.prev_end))
            if self.tok[0] != ",":
                break
            self.advance()
        self.expect("]")
        return params


_COMPOUND = {
    "if": Parser.parse_if, "while": Parser.parse_while, "for": Parser.parse_for,
    "try": Parser.parse_try, "with": Parser.parse_with, "def": Parser.parse_def,
    "class": Parser.parse_class, "@": Parser.parse_decorated, "async": Parser.parse_async,
}

_SIMPLE = {
    "pass": Parser.parse_keyword_only, "break": Parser.parse_keyword_only,
    "continue": Parser.parse_keyword_only, "return": Parser.parse_return,
    "raise": Parser.parse_raise, "global": Parser.parse_global, "nonlocal": Parser.parse_global,
    "del": Parser.parse_del, "assert": Parser.parse_assert, "import": Parser.parse_import,
    "from": Parser.parse_from_import,
}

"""Tokens -> syntax tree: statements, blocks and the parser's shared state.

The parser is hand-written: one ``parse_*`` method per construct, expressions by precedence
climbing (``parse_expr.py``), patterns of ``match`` in ``parse_pattern.py``, targets and
parameters in ``parse_targets.py``. It stops at the first error, with CPython's wording and the
offending span. Soft keywords (``match``, ``case``, ``type``) are decided by a short look-ahead
with backtracking, as CPython's PEG parser does.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager

from . import nodes as n
from .diagnostics import CompileError, SourceMap
from .lexer import check_source, tokenize
from .parse_expr import EXPR_START, ExpressionParser
from .parse_pattern import PatternParser
from .parse_targets import TargetParser
from .tokens import AUGMENTED, DEDENT, EOF, INDENT, NAME, NEWLINE, STRING

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
    tokens = tokenize(source, smap)
    with deep_stack():
        return Parser(source, tokens, smap).parse_module()


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


class Parser(ExpressionParser, PatternParser, TargetParser):
    def __init__(self, source: str, tokens: list[tuple], smap: SourceMap) -> None:
        self.source = source
        self.tokens = tokens
        self.smap = smap
        self.pos = 0
        self.tok = tokens[0]
        self.prev_end = 0
        self.depth = 0
        self.parenthesized: dict[int, tuple[int, int]] = {}

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
            if message is None and kind in (":", ")", "]", "}", "in", "=") and kind == ":":
                message = "expected ':'"
            self.syntax_error(message)
        self.advance()
        return tok[3]

    def reset(self, pos: int) -> None:
        self.pos = pos
        self.tok = self.tokens[pos]
        self.prev_end = self.tokens[pos - 1][3] if pos else 0

    def syntax_error(self, message: str | None = None):
        tok = self.tok
        if message is None:
            message = "invalid syntax"
            if tok[0] == INDENT:
                raise CompileError("unexpected indent", tok[2], tok[3], "IndentationError")
            if tok[0] == DEDENT or (tok[0] == EOF and self.depth):
                pass
        start, end = tok[2], tok[3]
        if tok[0] in (NEWLINE, EOF):
            start, end = tok[2], tok[2] + 1
        raise CompileError(message, start, end)

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
            what = COMPOUND_NAMES.get(header[0], "statement")
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
            stmt = self.try_match()
            if stmt is not None:
                return [stmt]
        if kind == INDENT:
            raise CompileError("unexpected indent", self.tok[2], self.tok[3], "IndentationError")
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
            self.statement_end_error(stmts[-1])
        return stmts

    def statement_end_error(self, last) -> None:
        tok = self.tok
        if type(last) is n.Expr and type(last.value) is n.Name and last.value.id in ("print", "exec") \
                and tok[0] in EXPR_START:
            raise CompileError(f"Missing parentheses in call to '{last.value.id}'. "
                               f"Did you mean {last.value.id}(...)?", last.start, self.line_end())
        self.syntax_error()

    def line_end(self) -> int:
        return self.smap.line_end(self.line_of(self.tok[2]))

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
                name = n.Constant(spec[1], spec[2], spec[3])
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
            module = self.advance()[1]
            quoted = True
            if type(module) is not str:
                self.syntax_error()
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
            if paren:
                self.expect(")")
            elif self.prev_kind() == ",":
                raise CompileError("trailing comma not allowed without surrounding parentheses",
                                   self.tokens[self.pos - 1][2], self.tokens[self.pos - 1][3])
        return n.ImportFrom(module, names, level, quoted, tok[2], self.prev_end)

    def parse_type_alias(self):
        tok = self.advance()
        name_tok = self.advance()
        params = self.parse_type_params()
        self.expect("=")
        value = self.parse_expr()
        name = n.Name(name_tok[1], name_tok[2], name_tok[3])
        return n.TypeAlias(name, params, value, tok[2], value.end)

    def parse_expression_statement(self):
        start = self.tok[2]
        if self.tok[0] == "yield":
            first = self.parse_yield()
        else:
            first = self.parse_star_expressions()
        kind = self.tok[0]
        if kind == "=":
            return self.parse_assignment(first, start)
        if kind in AUGMENTED:
            return self.parse_augmented(first, start)
        if kind == ":":
            return self.parse_annotated(first, start)
        if type(first) is n.Starred:
            raise CompileError("can't use starred expression here", first.start, first.end)
        return n.Expr(first, start, first.end)

    def parse_assignment(self, first, start: int):
        targets = [first]
        while True:
            self.advance()  # =
            if self.tok[0] == "yield":
                value = self.parse_yield()
            else:
                value = self.parse_star_expressions()
            if self.tok[0] != "=":
                break
            targets.append(value)
        single = len(targets) == 1
        for target in targets:
            self.check_target(target, "assign", statement=single)
        return n.Assign(targets, value, start, value.end)

    def parse_augmented(self, target, start: int):
        op_tok = self.advance()
        if type(target) not in (n.Name, n.Attribute, n.Subscript):
            from .parse_expr import _describe
            raise CompileError(f"'{_describe(target)}' is an illegal expression for augmented "
                               "assignment", target.start, target.end)
        if self.tok[0] == "yield":
            value = self.parse_yield()
        else:
            value = self.parse_star_expressions()
        return n.AugAssign(target, AUGMENTED[op_tok[0]], value, start, value.end)

    def parse_annotated(self, target, start: int):
        self.advance()  # :
        if type(target) is n.Tuple:
            raise CompileError("only single target (not tuple) can be annotated",
                               target.start, target.end)
        if type(target) is n.List:
            raise CompileError("only single target (not list) can be annotated",
                               target.start, target.end)
        self.check_target(target, "assign", statement=True)
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
        self.expect(":", "expected ':'")
        body = self.parse_block(header)
        orelse = []
        if self.tok[0] == "elif":
            orelse = [self.parse_if()]
        elif self.tok[0] == "else":
            orelse = self.parse_else()
        return n.If(test, body, orelse, header[2], self.prev_end)

    def parse_else(self) -> list:
        header = self.advance()
        self.expect(":", "expected ':'")
        return self.parse_block(header)

    def parse_while(self):
        header = self.advance()
        test = self.parse_named()
        self.expect(":", "expected ':'")
        body = self.parse_block(header)
        orelse = self.parse_else() if self.tok[0] == "else" else []
        return n.While(test, body, orelse, header[2], self.prev_end)

    def parse_for(self, is_async: bool = False, start: int | None = None):
        header = self.advance()
        target = self.parse_target_list(("in",))
        self.expect("in", "invalid syntax")
        iterable = self.parse_star_expressions()
        self.expect(":", "expected ':'")
        body = self.parse_block(header)
        orelse = self.parse_else() if self.tok[0] == "else" else []
        return n.For(target, iterable, body, orelse, is_async,
                     header[2] if start is None else start, self.prev_end)

    def parse_try(self):
        header = self.advance()
        self.expect(":", "expected ':'")
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
            raise CompileError("'except*' is not supported in Edge Python", header[2], self.tok[3])
        if previous and previous[-1].type is None:
            prior = previous[-1]
            raise CompileError("default 'except:' must be last", prior.start, prior.end)
        exc_type = name = None
        if self.tok[0] != ":":
            exc_type = self.parse_expr()
            if self.tok[0] == ",":
                raise CompileError("multiple exception types must be parenthesized",
                                   exc_type.start, self.tok[3])
            if self.tok[0] == "as":
                self.advance()
                name = self.expect_name()
        self.expect(":", "expected ':'")
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
        self.expect(":", "expected ':'")
        body = self.parse_block(header)
        return n.With(items, body, is_async, header[2] if start is None else start, self.prev_end)

    def try_parenthesized_with_items(self):
        saved = self.pos
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
        return None

    def parse_with_item(self):
        expr = self.parse_expr()
        target = None
        if self.tok[0] == "as":
            self.advance()
            target = self.parse_target_list((":", ",", ")"), single=True)
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
        elif kind == "async" and self.peek_kind(1) == "def":
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
        type_params = self.parse_type_params()
        self.expect("(", "expected '('")
        args = self.parse_parameters(")")
        self.expect(")")
        returns = None
        if self.tok[0] == "->":
            self.advance()
            returns = self.parse_expr()
        self.expect(":", "expected ':'")
        body = self.parse_block(header)
        return n.FunctionDef(name, args, body, [], returns, is_async, type_params,
                             header[2], self.prev_end)

    def parse_class(self):
        header = self.advance()
        name = self.expect_name()
        type_params = self.parse_type_params()
        bases, keywords = [], []
        if self.tok[0] == "(":
            call = self.parse_call(n.Name(name, header[2], header[3]))
            bases, keywords = call.args, call.keywords
        self.expect(":", "expected ':'")
        body = self.parse_block(header)
        return n.ClassDef(name, bases, keywords, body, [], type_params, header[2], self.prev_end)

    def parse_type_params(self) -> list:
        if self.tok[0] != "[":
            return []
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

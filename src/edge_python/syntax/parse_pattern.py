"""The ``match`` statement: deciding the soft keyword, and parsing case patterns."""

from __future__ import annotations

from . import nodes as n
from .diagnostics import CompileError
from .tokens import DEDENT, EOF, FSTART, INDENT, NAME, NEWLINE, NUMBER, STRING

_SUBJECT_START = frozenset([NAME, NUMBER, STRING, FSTART, "(", "[", "{", "-", "+", "~", "not",
                            "lambda", "await", "None", "True", "False", "...", "*"])


class PatternParser:
    """Mixin: ``match`` statements and their patterns."""

    def try_match(self):
        """Parse a match statement; if ``match`` is a name, consume nothing and return None, or
        the index of the token after the subject when there was one (see ``match_error``)."""
        if self.peek_kind(1) not in _SUBJECT_START:
            return None
        saved, depth, late = self.pos, self.depth, len(self.late_errors)
        header = self.advance()
        after = None
        try:
            subject = self.parse_match_subject()
            after = self.pos
            ok = self.tok[0] == ":" and self.peek_kind(1) == NEWLINE
        except CompileError:
            ok = False
        if not ok:
            self.reset(saved)
            self.depth = depth
            del self.late_errors[late:]
            return after
        self.advance()  # :
        self.advance()  # NEWLINE
        if self.tok[0] != INDENT:
            tok = self.tok
            raise CompileError(f"expected an indented block after 'match' statement on line "
                               f"{self.line_of(header[2])}", tok[2], tok[3], "IndentationError")
        self.advance()
        cases = []
        while self.tok[0] not in (DEDENT, EOF):
            if self.tok[0] != NAME or self.tok[1] != "case":
                self.syntax_error()
            cases.append(self.parse_case())
        if self.tok[0] == DEDENT:
            self.advance()
        return n.Match(subject, cases, header[2], self.prev_end)

    def match_error(self, after: int, exc: CompileError):
        """The statement did not parse with ``match`` as a name either: report it as CPython does,
        as a match statement whose subject ended at token ``after``."""
        tok, nxt = self.tokens[after], self.tokens[after + 1]
        if tok[0] == NEWLINE:
            raise CompileError("expected ':'", tok[2], tok[2] + 1) from None
        if tok[0] == ":" and exc.message == "invalid syntax" and exc.start < nxt[2]:
            raise CompileError("invalid syntax", nxt[2], nxt[3]) from None
        raise exc

    def parse_match_subject(self):
        first = self.parse_star_or_named()
        if self.tok[0] != ",":
            if type(first) is n.Starred:
                self.syntax_error()
            return first
        elts = [first]
        while self.tok[0] == ",":
            self.advance()
            if self.tok[0] == ":":
                break
            elts.append(self.parse_star_or_named())
        return n.Tuple(elts, first.start, self.prev_end)

    def parse_case(self):
        header = self.advance()  # case
        self.enter()
        pattern = self.parse_open_pattern()
        guard = None
        if self.tok[0] == "if":
            self.advance()
            guard = self.parse_named()
        self.expect_colon()
        body = self.parse_block(header)
        self.leave()
        return n.match_case(pattern, guard, body, header[2], self.prev_end)

    def parse_open_pattern(self):
        """patterns: a bare comma-separated sequence pattern, or one pattern."""
        first = self.parse_maybe_star_pattern()
        if self.tok[0] != ",":
            if type(first) is n.MatchStar:
                self.syntax_error()  # a star pattern needs a comma or brackets
            return first
        items = [first]
        while self.tok[0] == ",":
            self.advance()
            if self.tok[0] in (":", "if"):
                break
            items.append(self.parse_maybe_star_pattern())
        return n.MatchSequence(items, first.start, self.prev_end)

    def parse_maybe_star_pattern(self):
        tok = self.tok
        if tok[0] == "*":
            self.advance()
            name_tok = self.tok
            if name_tok[0] != NAME:
                self.syntax_error()
            self.advance()
            name = None if name_tok[1] == "_" else name_tok[1]
            return n.MatchStar(name, tok[2], name_tok[3])
        return self.parse_as_pattern()

    def parse_as_pattern(self):
        pattern = self.parse_or_pattern()
        if self.tok[0] != "as":
            return pattern
        self.advance()
        tok = self.tok
        if tok[0] != NAME:
            self.syntax_error("invalid pattern target")
        self.advance()
        if tok[1] == "_":
            raise CompileError("cannot use '_' as a target", tok[2], tok[3])
        return n.MatchAs(pattern, tok[1], pattern.start, tok[3])

    def parse_or_pattern(self):
        first = self.parse_closed_pattern()
        if self.tok[0] != "|":
            return first
        options = [first]
        while self.tok[0] == "|":
            self.advance()
            options.append(self.parse_closed_pattern())
        return n.MatchOr(options, first.start, options[-1].end)

    def parse_closed_pattern(self):
        tok = self.tok
        kind = tok[0]
        if kind == NAME:
            return self.parse_name_pattern()
        if kind in (NUMBER, "-"):
            return self.parse_number_pattern()
        if kind in (STRING, FSTART):
            value = self.parse_strings()
            if type(value) is not n.Constant:
                self.late("patterns may only match literals and attribute lookups", value.start, value.end)
            return n.MatchValue(value, value.start, value.end)
        if kind in ("None", "True", "False"):
            self.advance()
            return n.MatchSingleton({"None": None, "True": True, "False": False}[kind], tok[2], tok[3])
        if kind == "(" or kind == "[":
            return self.parse_sequence_pattern()
        if kind == "{":
            return self.parse_mapping_pattern()
        self.syntax_error()

    def parse_number_pattern(self):
        start = self.tok[2]
        value = self.parse_signed_number()
        if self.tok[0] in ("+", "-"):
            number = value.operand if type(value) is n.UnaryOp else value
            if type(number.value) is complex:
                raise CompileError("real number required in complex literal", value.start, value.end)
            op = self.advance()
            right = self.tok
            if right[0] != NUMBER:
                self.syntax_error()
            if type(self.literal(right)) is not complex:
                raise CompileError("imaginary number required in complex literal",
                                   right[2], right[3])
            self.advance()
            imag = n.Constant(right[1], right[2], right[3])
            value = n.BinOp(value, "Add" if op[0] == "+" else "Sub", imag, start, right[3])
        return n.MatchValue(value, start, self.prev_end)

    def parse_signed_number(self):
        tok = self.tok
        if tok[0] == "-":
            self.advance()
            num = self.tok
            if num[0] != NUMBER:
                self.syntax_error()
            self.advance()
            return n.UnaryOp("USub", n.Constant(self.literal(num), num[2], num[3]), tok[2], num[3])
        self.advance()
        return n.Constant(self.literal(tok), tok[2], tok[3])

    def parse_name_pattern(self):
        tok = self.advance()
        if self.tok[0] != "." and self.tok[0] != "(":
            if tok[1] == "_":
                return n.MatchAs(None, None, tok[2], tok[3])
            return n.MatchAs(None, tok[1], tok[2], tok[3])
        node = n.Name(tok[1], tok[2], tok[3])
        while self.tok[0] == ".":
            self.advance()
            attr = self.tok
            if attr[0] != NAME:
                self.syntax_error()
            self.advance()
            node = n.Attribute(node, attr[1], tok[2], attr[3])
        if self.tok[0] == "(":
            return self.parse_class_pattern(node)
        return n.MatchValue(node, node.start, node.end)

    def parse_class_pattern(self, cls):
        self.advance()  # (
        self.enter()
        patterns, kwd_attrs, kwd_patterns = [], [], []
        while self.tok[0] != ")":
            tok = self.tok
            if tok[0] == NAME and self.peek_kind(1) == "=":
                self.advance()
                self.advance()
                if tok[1] in kwd_attrs:
                    self.late(f"attribute name repeated in class pattern: {tok[1]}", tok[2], tok[3])
                kwd_attrs.append(tok[1])
                kwd_patterns.append(self.parse_as_pattern())
            else:
                pattern = self.parse_as_pattern()
                if kwd_attrs:
                    raise CompileError("positional patterns follow keyword patterns",
                                       pattern.start, pattern.end)
                patterns.append(pattern)
            if self.tok[0] != ",":
                break
            self.advance()
        end = self.expect(")")
        self.leave()
        return n.MatchClass(cls, patterns, kwd_attrs, kwd_patterns, cls.start, end)

    def parse_sequence_pattern(self):
        open_tok = self.advance()
        closer = ")" if open_tok[0] == "(" else "]"
        self.enter()
        items = []
        trailing_comma = False
        while self.tok[0] != closer:
            items.append(self.parse_maybe_star_pattern())
            trailing_comma = False
            if self.tok[0] != ",":
                break
            self.advance()
            trailing_comma = True
        if closer == ")" and len(items) == 1 and not trailing_comma and type(items[0]) is n.MatchStar:
            self.syntax_error()  # (*x) is neither a group nor a sequence
        end = self.expect(closer)
        self.leave()
        if closer == ")" and len(items) == 1 and not trailing_comma \
                and type(items[0]) is not n.MatchStar:
            group = items[0]
            return group  # a parenthesised pattern, not a sequence
        return n.MatchSequence(items, open_tok[2], end)

    def parse_mapping_pattern(self):
        open_tok = self.advance()
        self.enter()
        keys, patterns = [], []
        rest = None
        while self.tok[0] != "}":
            if self.tok[0] == "**":
                self.advance()
                name = self.tok
                if name[0] != NAME or name[1] == "_":
                    self.syntax_error()
                self.advance()
                rest = name[1]
                if self.tok[0] == ",":
                    self.advance()
                if self.tok[0] != "}":
                    self.syntax_error()
                break
            keys.append(self.parse_mapping_key())
            self.expect(":", "invalid syntax")
            patterns.append(self.parse_as_pattern())
            if self.tok[0] != ",":
                break
            self.advance()
        end = self.expect("}")
        self.leave()
        return n.MatchMapping(keys, patterns, rest, open_tok[2], end)

    def parse_mapping_key(self):
        tok = self.tok
        if tok[0] in (NUMBER, "-"):
            return self.parse_number_pattern().value
        if tok[0] in (STRING, FSTART):
            value = self.parse_strings()
            if type(value) is not n.Constant:
                self.late("mapping pattern keys may only match literals and attribute lookups",
                          value.start, value.end)
            return value
        if tok[0] in ("None", "True", "False"):
            self.advance()
            return n.Constant({"None": None, "True": True, "False": False}[tok[0]], tok[2], tok[3])
        if tok[0] == NAME and self.peek_kind(1) == ".":  # a value pattern: a dotted name
            self.advance()
            node = n.Name(tok[1], tok[2], tok[3])
            while self.tok[0] == ".":
                self.advance()
                attr = self.tok
                if attr[0] != NAME:
                    self.syntax_error()
                self.advance()
                node = n.Attribute(node, attr[1], tok[2], attr[3])
            if self.tok[0] != "(":
                return node
        elif tok[0] == NAME:
            self.advance()  # a capture name cannot be a key: CPython stops after it
        self.syntax_error()

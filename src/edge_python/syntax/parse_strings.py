"""String literals and f-strings: adjacent literals joined, replacement fields, conversions and
nested format specs. A mixin of the parser (it uses ``parse_star_expressions`` and friends)."""

from __future__ import annotations

from . import nodes as n
from .diagnostics import CompileError
from .tokens import CLOSERS, FEND, FMIDDLE, FSTART, NAME, OPENERS, STRING, BadLiteral


class StringParser:
    def parse_strings(self):
        """Adjacent literals concatenate; any f-string part makes the whole a JoinedStr."""
        start = self.tok[2]
        parts: list = []
        is_bytes = None
        fstring = False
        while self.tok[0] in (STRING, FSTART):
            tok = self.tok
            this_bytes = tok[0] == STRING and type(self.literal(tok)) is bytes
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
    def literal(tok):
        """A STRING or FMIDDLE token's value; CPython reports a bad escape when it is used."""
        if type(tok[1]) is BadLiteral:
            raise tok[1].error
        return tok[1]

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
                parts.append(self.advance()[1])
            elif tok[0] == "{":
                parts.extend(self.parse_fstring_field())
            elif tok[0] == FEND:
                # CPython decodes the literal parts once the f-string is complete.
                parts = [self.literal((FMIDDLE, p)) if type(p) is BadLiteral else p for p in parts]
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
        if self.tok[0] == "lambda":
            self.fstring_lambda()
        if self.tok[0] == "yield":
            value = self.parse_yield()
        else:
            value = self.parse_star_expressions()
        debug = None
        if self.tok[0] == "=":
            eq = self.advance()
            nxt = self.tok[2]
            debug = self.source[open_tok[3]:eq[3]] + self.source[eq[3]:nxt]
            if self.tok[0] not in ("!", ":", "}"):
                self.syntax_error("f-string: expecting '!', or ':', or '}'")
        elif self.tok[0] not in ("!", ":", "}"):
            self.expression_hints()
            self.syntax_error("f-string: expecting '=', or '!', or ':', or '}'")
        conversion = -1
        if self.tok[0] == "!":
            conversion = self.parse_conversion()
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
                    self.syntax_error("f-string: expecting '}', or format specs")
            spec_parts = [self.literal((FMIDDLE, p)) if type(p) is BadLiteral else p for p in spec_parts]
            spec = n.JoinedStr(self._merge_literals(spec_parts, colon[3], self.tok[2]),
                               colon[3], self.tok[2])
        if self.tok[0] != "}":
            self.syntax_error("f-string: expecting '}'")
        close = self.advance()
        self.leave()
        if debug is not None and conversion == -1 and spec is None:
            conversion = ord("r")
        field = n.FormattedValue(value, conversion, spec, open_tok[2], close[3])
        return [debug, field] if debug is not None else [field]

    def parse_conversion(self) -> int:
        bang = self.advance()
        conv = self.tok
        if conv[0] in (":", "}"):
            self.syntax_error("f-string: missing conversion character")
        if conv[0] != NAME:
            self.syntax_error("f-string: invalid conversion character")
        if conv[2] != bang[3]:
            raise CompileError("f-string: conversion type must come right after the exclamanation mark",
                               bang[2], conv[3])  # sic: CPython 3.12's spelling
        if conv[1] not in ("r", "s", "a"):
            raise CompileError(f"f-string: invalid conversion character '{conv[1]}': "
                               "expected 's', 'r', or 'a'", conv[2], conv[3])
        self.advance()
        if self.tok[0] not in (":", "}"):
            self.syntax_error("f-string: expecting ':' or '}'")
        return ord(conv[1])

    def fstring_lambda(self) -> None:
        """A lambda right in a replacement field: its ':' starts the format spec instead."""
        level = 0
        for tok in self.tokens[self.pos:]:
            kind = tok[0]
            if kind in OPENERS or kind == FSTART:
                level += 1
            elif kind in CLOSERS or kind == FEND:
                level -= 1
                if level < 0:
                    return
            elif kind == ":" and level == 0:
                raise CompileError("f-string: lambda expressions are not allowed without parentheses",
                                   self.tok[2], tok[3])

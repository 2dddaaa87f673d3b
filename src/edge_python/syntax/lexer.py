"""Source text -> tokens with spans: INDENT/DEDENT, f-string parts, checked numbers and strings.

The lexer is hand-written around a few compiled regular expressions: one picks the next token in
ordinary code, others scan string bodies and numbers. Regexes do the per-character work in C,
which is what keeps a pure-Python lexer near a microsecond a token.

F-strings are tokenised the way PEP 701 does it: ``FSTART``, literal ``FMIDDLE`` parts, the
ordinary tokens of each replacement field between ``{`` and ``}``, and ``FEND``. A mode stack
tracks where we are: ordinary code, f-string literal text, a replacement field, or a format
spec. Because fields are lexed as ordinary code, quotes may be reused inside them and f-strings
nest.

Errors use CPython's wording and positions. ``tokenize`` raises the first; ``lex``, which the parser
uses, leaves them for the parser to weigh against its own errors as CPython does (its tokenizer
runs as its parser asks for tokens, and decodes escapes only when the parser takes a literal).
"""

from __future__ import annotations

import re
import sys
import unicodedata

from .diagnostics import CompileError, SourceMap
from .numbers import KEYWORD_AFTER_NUMBER, number_error
from .tokens import (
    CLOSERS,
    DEDENT,
    EOF,
    ERRORTOKEN,
    FEND,
    FMIDDLE,
    FSTART,
    INDENT,
    KEYWORDS,
    MAX_BRACKET_DEPTH,
    MAX_FSTRING_DEPTH,
    MAX_INDENT_LEVELS,
    MAX_INT_DIGITS,
    MAX_SOURCE_BYTES,
    MAX_SPEC_DEPTH,
    NAME,
    NEWLINE,
    NUMBER,
    OPENERS,
    OPERATORS,
    STRING,
    BadLiteral,
)

_TOKEN = re.compile(  # the spaces before a token are matched with it
    r"[ \t\f]*(?:"
    r"(?P<nl>\r\n|\n|\r)"
    r"|(?P<comment>\#[^\r\n]*)"
    r"|(?P<str>(?:[rR][bBfF]?|[bB][rR]?|[fF][rR]?|[uU])?['\"])"
    r"|(?P<name>[^\W\d]\w*)"
    r"|(?P<num>\.?\d)"
    r"|(?P<op>" + "|".join(re.escape(op) for op in OPERATORS) + r")"
    r"|(?P<cont>\\))"
)

_NUMBER = re.compile(
    r"0[xX](?:_?[0-9a-fA-F])+"
    r"|0[oO](?:_?[0-7])+"
    r"|0[bB](?:_?[01])+"
    r"|(?:(?:\d(?:_?\d)*)?\.\d(?:_?\d)*|\d(?:_?\d)*\.?)(?:[eE][+-]?\d(?:_?\d)*)?[jJ]?"
)
_LEADING_ZEROS = re.compile(r"0[0_]*[1-9]")
# CPython still accepts "1if x else y" and "0x1for" (0x1f or): a keyword may touch a number.

_BODY = {
    ("'", False): re.compile(r"(?:[^'\\\r\n]|\\(?:\r\n|[\s\S]))*'"),
    ('"', False): re.compile(r'(?:[^"\\\r\n]|\\(?:\r\n|[\s\S]))*"'),
    ("'", True): re.compile(r"(?:[^'\\]|\\[\s\S]|'(?!''))*'''"),
    ('"', True): re.compile(r'(?:[^"\\]|\\[\s\S]|"(?!""))*"""'),
}
# Literal text of an f-string up to the next brace, backslash, quote or newline.
_FTEXT = re.compile(r"[^{}\\'\"\r\n]+")
_SPEC_TEXT = re.compile(r"[^{}\\'\"\r\n]+")

_SIMPLE_ESCAPES = {
    "\n": "", "\\": "\\", "'": "'", '"': '"', "a": "\a", "b": "\b", "f": "\f", "n": "\n",
    "r": "\r", "t": "\t", "v": "\v",
}

_INDENT_WS = re.compile(r"[ \t\f]*")
_REST_OF_LINE = re.compile(r"[^\r\n]*(?:\r\n|\n|\r)?")


class _FString:
    """Lexer mode: inside the literal text of an f-string."""

    __slots__ = ("quote", "triple", "raw", "start")

    def __init__(self, quote: str, triple: bool, raw: bool, start: int) -> None:
        self.quote, self.triple, self.raw, self.start = quote, triple, raw, start


class _Field:
    """Lexer mode: inside a replacement field ``{...}``; ``base`` is the bracket depth at ``{``."""

    __slots__ = ("base", "fstring", "spec_depth", "start")

    def __init__(self, base: int, fstring: _FString, spec_depth: int, start: int) -> None:
        self.base, self.fstring, self.spec_depth, self.start = base, fstring, spec_depth, start


class _Spec:
    """Lexer mode: inside the format spec of a replacement field, after ``:``."""

    __slots__ = ("field",)

    def __init__(self, field: _Field) -> None:
        self.field = field


def tokenize(text: str, smap: SourceMap | None = None) -> list[tuple]:
    """Lex ``text`` into a list of ``(kind, value, start, end)`` tuples ending with EOF."""
    tokens, deferred = lex(text, smap)
    errors = [tok[1].error for tok in tokens if type(tok[1]) is BadLiteral]
    if deferred is not None:
        errors.append(deferred[0])
    if errors:
        raise min(errors, key=lambda error: error.start)
    return tokens


def lex(text: str, smap: SourceMap | None = None) -> tuple[list[tuple], tuple | None]:
    """Like ``tokenize``, but errors are left for the parser to weigh, as CPython's would be.

    CPython's tokenizer runs as the parser asks for tokens, and after a syntax error it tokenizes
    the rest of the text, whose tokenizer errors then win, except those inside an f-string. So an
    error stops lexing with an ERRORTOKEN and comes back as ``(error, "error", overrides)``.
    An error found only at the end of the text (an unclosed bracket, a backslash before the end)
    comes back as ``(error, "eof", line of the bracket or None)``: CPython reports it when the
    parser reaches the end, or when the bracket is on a line before the parser's error. Bad
    escapes are ``BadLiteral`` token values (see ``tokens.BadLiteral``).
    """
    lexer = _Lexer(text, smap or SourceMap(text))
    try:
        tokens = lexer.run()
    except CompileError as exc:
        tokens = lexer.tokens
        tokens.append((ERRORTOKEN, exc, exc.start, exc.start))
        tokens.append((EOF, "", len(text), len(text)))
        # The errors CPython's tokenizer reports with a status code, not an exception, are seen
        # only when the parser reaches them; the others win unless inside an f-string.
        overrides = not lexer.modes and exc.type_name != "TabError" and exc.message not in _STATUS_ERRORS
        return tokens, (exc, "error", overrides)
    return tokens, lexer.deferred


_STATUS_ERRORS = frozenset(("unexpected character after line continuation character",
                            "unindent does not match any outer indentation level",
                            "too many levels of indentation"))


def check_source(text: str) -> str:
    """Refuse what cannot be source at all; strip a BOM."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:  # universal newlines, as CPython reads source
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > MAX_SOURCE_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_SOURCE_BYTES:
        raise CompileError("source file exceeds maximum size (10 MiB)", 0, 0)
    nul = text.find("\x00")
    if nul >= 0:
        raise CompileError("source code string cannot contain null bytes", nul, nul + 1)
    return text


def decode_source(data: bytes) -> str:
    """Bytes from a file -> source text, with CPython's error for invalid UTF-8."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        prefix = data[:exc.start].decode("utf-8", "replace")
        raise CompileError(f"(unicode error) {exc}", len(prefix), len(prefix) + 1) from None


class _Lexer:
    def __init__(self, text: str, smap: SourceMap) -> None:
        self.text = text
        self.smap = smap
        self.tokens: list[tuple] = []
        self.indents = [(0, 0)]  # (column with tabs to 8, column with tabs to 1), as CPython
        self.brackets: list[tuple[str, int]] = []
        self.modes: list = []
        self.fdepth = 0
        self.deferred: tuple | None = None

    def defer(self, message: str, start: int, line: int | None) -> int:
        """Remember an end-of-text error for the parser to weigh (see ``lex``); stop lexing."""
        if self.deferred is None:
            self.deferred = (CompileError(message, start, start + 1), "eof", line)
        return len(self.text)

    # -- errors -----------------------------------------------------------------------------
    def fail(self, message: str, start: int, end: int | None = None, kind: str = "SyntaxError"):
        raise CompileError(message, start, end, kind)

    def line_at(self, offset: int) -> int:
        return self.smap.line_of(offset)

    # -- driver -----------------------------------------------------------------------------
    def run(self) -> list[tuple]:
        text = self.text
        n = len(text)
        i = self.indentation(0)
        while True:
            if self.modes and not isinstance(self.modes[-1], _Field):
                i = self.literal(i)
                continue
            if i >= n:
                break
            i = self.ordinary(i)
        return self.finish()

    def finish(self) -> list[tuple]:
        n = len(self.text)
        opener = self.brackets[-1] if self.brackets else None
        if self.modes:
            mode = self.modes[-1]
            if not isinstance(mode, _Field):
                self.unterminated_fstring(mode.field.fstring if isinstance(mode, _Spec) else mode)
            if len(self.brackets) == mode.base:  # the field's own '{' is the innermost opener
                opener = ("{", mode.start)
        if opener is not None:
            ch, pos = opener
            self.defer(f"'{ch}' was never closed", pos, self.line_at(pos))
        toks = self.tokens
        if toks and toks[-1][0] not in (NEWLINE, INDENT, DEDENT):
            toks.append((NEWLINE, "", n, n))
        while len(self.indents) > 1:
            self.indents.pop()
            toks.append((DEDENT, "", n, n))
        toks.append((EOF, "", n, n))
        return toks

    # -- logical lines and indentation ------------------------------------------------------
    def indentation(self, i: int) -> int:
        """At the start of a physical line outside brackets: skip blank lines, emit INDENT/DEDENT.

        Columns are counted as CPython does: with tabs to multiples of 8 and, to catch
        inconsistent tabs, with tabs as 1; a form feed resets both. A backslash continuation
        inside the indentation keeps the column of the first backslash, as in CPython.
        """
        text = self.text
        n = len(text)
        col = alt = cont = 0
        while True:
            j = _INDENT_WS.match(text, i).end()
            ws = text[i:j]
            if ws.strip(" "):
                for ch in ws:
                    if ch == " ":
                        col, alt = col + 1, alt + 1
                    elif ch == "\t":
                        col, alt = (col // 8 + 1) * 8, alt + 1
                    else:  # form feed
                        col = alt = 0
            else:
                col += j - i
                alt += j - i
            if j >= n:
                return n
            ch = text[j]
            if ch == "\\" and text[j + 1:j + 2] in ("\r", "\n", ""):
                cont = cont or col
                i = _REST_OF_LINE.match(text, j + 1).end()
                if i >= n:
                    return self.defer("unexpected EOF while parsing", j + 1, None)
                continue
            if ch == "#" or ch in "\r\n":
                i = _REST_OF_LINE.match(text, j).end()
                col = alt = cont = 0
                continue
            if cont:
                col = alt = cont
            self.indent_to(col, alt, ws, i, j)
            return j

    def indent_to(self, col: int, alt: int, ws: str, start: int, end: int) -> None:
        indents = self.indents
        current, current_alt = indents[-1]
        if col == current:
            if alt != current_alt:
                self.fail("inconsistent use of tabs and spaces in indentation", start, end, "TabError")
            return
        if col > current:
            if len(indents) >= MAX_INDENT_LEVELS:
                self.fail("too many levels of indentation", start, end, "IndentationError")
            if alt <= current_alt:
                self.fail("inconsistent use of tabs and spaces in indentation", start, end, "TabError")
            indents.append((col, alt))
            self.tokens.append((INDENT, ws, start, end))
            return
        while len(indents) > 1 and col < indents[-1][0]:
            indents.pop()
            self.tokens.append((DEDENT, "", end, end))
        if col != indents[-1][0]:
            self.fail("unindent does not match any outer indentation level", end, end + 1,
                      "IndentationError")
        if alt != indents[-1][1]:
            self.fail("inconsistent use of tabs and spaces in indentation", start, end, "TabError")

    def continuation(self, i: int) -> int:
        text = self.text
        j = i + 1
        if text.startswith("\r\n", j):
            j += 2
        elif j < len(text) and text[j] in "\r\n":
            j += 1
        elif j < len(text):
            self.fail("unexpected character after line continuation character", i + 1, i + 2)
        if j >= len(text) and not self.brackets and not self.modes:
            return self.defer("unexpected EOF while parsing", i + 1, None)
        return j

    # -- ordinary code ----------------------------------------------------------------------
    def ordinary(self, i: int) -> int:
        text = self.text
        m = _TOKEN.match(text, i)
        if m is None:
            i = _INDENT_WS.match(text, i).end()
            if i >= len(text):
                return i
            if text[i].isidentifier():  # the few identifier starts that \w misses
                return self.name(text[i], i, i + 1)
            return self.bad_character(i)
        group = m.lastgroup
        end = m.end()
        if group == "comment":
            return end
        i = m.start(group)
        if group == "name":
            word = m[group]
            if word.isascii() and (end >= len(text) or text[end].isascii()):
                self.tokens.append((word if word in KEYWORDS else NAME, word, i, end))
                return end
            return self.name(word, i, end)
        if group == "op":
            return self.operator(m[group], i, end)
        if group == "nl":
            if self.brackets or self.modes:
                return end
            toks = self.tokens
            if toks and toks[-1][0] not in (NEWLINE, INDENT, DEDENT):
                toks.append((NEWLINE, "", i, end))
            return self.indentation(end)
        if group == "num":
            return self.number(i)
        if group == "str":
            return self.string(m[group], i, end)
        return self.continuation(i)

    def name(self, word: str, start: int, end: int) -> int:
        text = self.text
        if end < len(text) and not text[end].isascii():
            end = self.identifier_end(end)
            word = text[start:end]
        kind = word if word in KEYWORDS else NAME  # as CPython: keywords are spelled in ASCII
        if not word.isascii():
            word = self.identifier(word, start)
        self.tokens.append((kind, word, start, end))
        return end

    def identifier_end(self, end: int) -> int:
        """Extend a name as CPython does: over every non-ASCII character (``identifier`` then
        refuses those that cannot be in a name) and the ASCII letters, digits and '_' after them."""
        text = self.text
        n = len(text)
        while end < n and (not text[end].isascii() or text[end].isalnum() or text[end] == "_"):
            end += 1
        return end

    def identifier(self, word: str, start: int) -> str:
        """Check a non-ASCII name as CPython does (before normalising), then NFKC-normalise it."""
        if not word.isidentifier():
            for k, ch in enumerate(word):
                if not (ch.isidentifier() if k == 0 else ("a" + ch).isidentifier()):
                    self.bad_character(start + k)
        return unicodedata.normalize("NFKC", word)

    def bad_character(self, i: int) -> int:
        ch = self.text[i]
        if ch in "$?`":  # a token of its own for CPython, which the parser then refuses
            self.tokens.append((ch, ch, i, i + 1))
            return i + 1
        code = ord(ch)
        if not ch.isprintable():
            self.fail(f"invalid non-printable character U+{code:04X}", i, i + 1)
        self.fail(f"invalid character '{ch}' (U+{code:04X})", i, i + 1)

    def operator(self, op: str, start: int, end: int) -> int:
        modes = self.modes
        if modes:
            field = modes[-1]
            if len(self.brackets) == field.base:
                if op[0] == ":":  # a format spec starts, even at ':='
                    self.tokens.append((":", ":", start, start + 1))
                    modes.append(_Spec(field))
                    return start + 1
                if op == "}":
                    self.tokens.append(("}", "}", start, end))
                    modes.pop()
                    return end
                if op == "!":
                    self.tokens.append(("!", "!", start, end))
                    return end
                if op in CLOSERS:
                    self.fail(f"f-string: unmatched '{op}'", start, end)
        if op in OPENERS:
            if len(self.brackets) >= MAX_BRACKET_DEPTH:
                self.fail("too many nested parentheses", start, end)
            self.brackets.append((op, start))
        elif op in CLOSERS:
            if not self.brackets:
                self.fail(f"unmatched '{op}'", start, end)
            opener, pos = self.brackets.pop()
            if CLOSERS[op] != opener:
                where = ""
                if self.line_at(pos) != self.line_at(start):
                    where = f" on line {self.line_at(pos)}"
                self.fail(f"closing parenthesis '{op}' does not match opening parenthesis "
                          f"'{opener}'{where}", start, end)
        self.tokens.append((op, op, start, end))
        return end

    # -- numbers ----------------------------------------------------------------------------
    def number(self, i: int) -> int:
        text = self.text
        m = _NUMBER.match(text, i)
        end = m.end() if m else i
        after = text[end:end + 1]
        if m is None or (after.isascii() and (after.isalnum() or after == "_")
                         and not KEYWORD_AFTER_NUMBER.match(text, end)):
            error = number_error(text, i)
            if error is not None:
                self.fail(*error)
        spelled = text[i:end]
        clean = spelled.replace("_", "")
        low = clean[:2].lower()
        if low == "0x":
            value = int(clean, 16)
        elif low == "0o":
            value = int(clean, 8)
        elif low == "0b":
            value = int(clean, 2)
        elif clean[-1] in "jJ":
            value = complex(clean)
        elif "." in clean or "e" in clean or "E" in clean:
            value = float(clean)
        else:
            if _LEADING_ZEROS.match(spelled):
                self.fail("leading zeros in decimal integer literals are not permitted; "
                          "use an 0o prefix for octal integers", i, end)
            try:
                value = self.decimal_int(clean, i, end)
            except CompileError as exc:  # CPython finds it when the parser takes the number
                value = BadLiteral(exc)
        self.tokens.append((NUMBER, value, i, end))
        return end

    def decimal_int(self, digits: str, start: int, end: int) -> int:
        """CPython's cap on decimal digits (a conversion quadratic in their number), whatever
        the host's setting, so that a program compiles the same everywhere."""
        limit = MAX_INT_DIGITS
        if len(digits) <= limit:
            try:
                return int(digits)
            except ValueError:  # the host's own limit is lower
                limit = sys.get_int_max_str_digits()
        self.fail(f"Exceeds the limit ({limit} digits) for integer string conversion: value has "
                  f"{len(digits)} digits; use sys.set_int_max_str_digits() to increase the limit - "
                  "Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                  start, end)

    # -- strings ----------------------------------------------------------------------------
    def string(self, opening: str, start: int, after_quote: int) -> int:
        text = self.text
        quote = opening[-1]
        prefix = opening[:-1].lower()
        triple = text.startswith(quote * 3, after_quote - 1)
        body_start = after_quote + 2 if triple else after_quote
        if "f" in prefix:
            return self.fstring_start(prefix, quote, triple, start, body_start)
        m = _BODY[quote, triple].match(text, body_start)
        if m is None:
            mode = self.modes[-1] if self.modes else None
            if isinstance(mode, _Field) and mode.fstring.quote == quote and mode.fstring.triple == triple:
                self.fail("f-string: expecting '}'", start)  # CPython: the quote ends the f-string
            self.unterminated(start, triple, "string")
        end = m.end()
        body = text[body_start:end - (3 if triple else 1)]
        raw = "r" in prefix
        try:
            if "b" in prefix:
                value = self.bytes_value(body, raw, start, end)
            else:
                value = body if raw or "\\" not in body else self.unescape(body, start, end)
        except CompileError as exc:
            value = BadLiteral(exc)
        self.tokens.append((STRING, value, start, end))
        return end

    def unterminated(self, start: int, triple: bool, what: str) -> None:
        text = self.text
        if triple:  # CPython counts the lines read, and a final newline starts none
            line = self.line_at(len(text) - 1 if text.endswith("\n") else len(text))
        else:
            line = self.line_at(self.line_end_offset(start))
        kind = "triple-quoted " if triple else ""
        self.fail(f"unterminated {kind}{what} literal (detected at line {line})", start, start + 1)

    def line_end_offset(self, offset: int) -> int:
        return self.smap.line_end(self.line_at(offset))

    def bytes_value(self, body: str, raw: bool, start: int, end: int) -> bytes:
        if not body.isascii():
            self.fail("bytes can only contain ASCII literal characters", start, end)
        if raw or "\\" not in body:
            return body.encode("ascii")
        return self.unescape(body, start, end, is_bytes=True).encode("latin-1")

    def unescape(self, body: str, start: int, end: int, is_bytes: bool = False) -> str:
        """Decode backslash escapes like CPython; unknown escapes keep their backslash.

        Positions in error messages are CPython's: offsets into the literal's body (for an f-string,
        into its FSTRING_MIDDLE token), counting non-ASCII characters as CPython's decoder does.
        """
        out: list[str] = []
        i = 0
        n = len(body)
        while i < n:
            j = body.find("\\", i)
            if j < 0:
                out.append(body[i:])
                break
            out.append(body[i:j])
            if j + 1 >= n:
                out.append("\\")
                break
            ch = body[j + 1]
            if ch == "\r":
                i = j + 3 if body.startswith("\r\n", j + 1) else j + 2
                continue
            simple = _SIMPLE_ESCAPES.get(ch)
            if simple is not None:
                out.append(simple)
                i = j + 2
            elif ch in "01234567":
                k = j + 1
                while k < n and k < j + 4 and body[k] in "01234567":
                    k += 1
                code = int(body[j + 1:k], 8)
                if is_bytes:
                    code &= 0xFF
                out.append(chr(code))
                i = k
            elif ch == "x" or (not is_bytes and ch in "uU"):
                i = self.hex_escape(body, j, ch, out, is_bytes, start, end)
            elif ch == "N" and not is_bytes:
                i = self.named_escape(body, j, out, start, end)
            else:
                out.append("\\" + ch)
                i = j + 2
        return "".join(out)

    def hex_escape(self, body: str, j: int, ch: str, out: list, is_bytes: bool, start: int,
                   end: int) -> int:
        width = {"x": 2, "u": 4, "U": 8}[ch]
        digits = body[j + 2:j + 2 + width]
        valid = 0
        while valid < len(digits) and digits[valid] in "0123456789abcdefABCDEF":
            valid += 1
        if valid < width:
            if is_bytes:
                self.fail(f"(value error) invalid \\x escape at position {j}", start, end)
            self.escape_error(body, j, j + 2 + valid, f"truncated \\{ch}{'X' * width} escape",
                              start, end)
        code = int(digits, 16)
        if code > 0x10FFFF:
            self.escape_error(body, j, j + 2 + width, "illegal Unicode character", start, end)
        out.append(chr(code))
        return j + 2 + width

    def named_escape(self, body: str, j: int, out: list, start: int, end: int) -> int:
        stop, why, char = j + 2, "malformed \\N character escape", ""
        if body.startswith("{", j + 2):
            close = body.find("}", j + 3)
            stop = len(body) if close < 0 else close
            if close > j + 3:
                stop = close + 1
                try:
                    char = unicodedata.lookup(body[j + 3:close])
                except (KeyError, UnicodeError):  # a surrogate in the name cannot be looked up
                    pass
                why = "unknown Unicode character name"
        if len(char) != 1:  # named sequences are not characters
            self.escape_error(body, j, stop, why, start, end)
        out.append(char)
        return stop

    def escape_error(self, body: str, j: int, stop: int, why: str, start: int, end: int) -> None:
        """CPython's message for a bad escape from ``body[j]`` to before ``body[stop]``."""
        self.fail(f"(unicode error) 'unicodeescape' codec can't decode bytes in position "
                  f"{_cp_len(body[:j])}-{_cp_len(body[:stop]) - 1}: {why}", start, end)

    # -- f-strings --------------------------------------------------------------------------
    def fstring_start(self, prefix: str, quote: str, triple: bool, start: int, body: int) -> int:
        if self.fdepth >= MAX_FSTRING_DEPTH:
            self.fail("f-string: expressions nested too deeply", start, body)
        fs = _FString(quote, triple, "r" in prefix, start)
        self.fdepth += 1
        self.tokens.append((FSTART, prefix, start, body))
        self.modes.append(fs)
        return body

    def unterminated_fstring(self, fs: _FString) -> None:
        self.unterminated(fs.start, fs.triple, "f-string")

    def literal(self, i: int) -> int:
        """Scan f-string literal text (or format-spec text) from ``i``; emit FMIDDLE parts.

        The text is scanned as CPython's tokenizer does (a backslash only protects the next
        character), split where CPython splits its FSTRING_MIDDLE tokens (after the first
        brace of ``{{`` or ``}}``), and each piece is decoded on its own, so that the positions
        in escape errors are CPython's.
        """
        mode = self.modes[-1]
        spec = isinstance(mode, _Spec)
        fs = mode.field.fstring if spec else mode
        text = self.text
        n = len(text)
        pieces: list[str] = []  # raw text of CPython's FSTRING_MIDDLE tokens
        begin = piece = i
        quote = fs.quote
        named = False  # inside \N{...}
        while True:
            m = _FTEXT.match(text, i)
            if m:
                i = m.end()
            if i >= n:
                self.unterminated_fstring(fs)
            ch = text[i]
            if ch == quote and (not fs.triple or text.startswith(quote * 3, i)):
                if spec:
                    self.fail("f-string: expecting '}', or format specs", i, i + 1)
                self.emit_middle(pieces, text[piece:i], fs, begin, i)
                end = i + (3 if fs.triple else 1)
                self.tokens.append((FEND, quote, i, end))
                self.modes.pop()
                self.fdepth -= 1
                return end
            if ch in "'\"":
                i += 1
            elif ch in "\r\n":
                if not fs.triple:
                    if not spec:
                        self.unterminated_fstring(fs)
                    # CPython 3.12: a newline ends a single-quoted format spec, and the field
                    # goes on as code (where the newline is only whitespace).
                    self.emit_middle(pieces, text[piece:i], fs, begin, i)
                    self.modes.pop()
                    return i
                i += 1
            elif ch == "\\":
                i, named = self.backslash(i, fs.raw, named)
            elif ch == "{":
                if not spec and text.startswith("{{", i):
                    pieces.append(text[piece:i + 1])
                    i = piece = i + 2
                    continue
                self.emit_middle(pieces, text[piece:i], fs, begin, i)
                depth = mode.field.spec_depth + 1 if spec else 0
                if depth > MAX_SPEC_DEPTH:
                    self.fail("f-string: expressions nested too deeply", i, i + 1)
                self.tokens.append(("{", "{", i, i + 1))
                self.modes.append(_Field(len(self.brackets), fs, depth, i))
                return i + 1
            elif named:  # the "}" of \N{...}
                named = False
                i += 1
            elif spec:  # "}"
                self.emit_middle(pieces, text[piece:i], fs, begin, i)
                self.tokens.append(("}", "}", i, i + 1))
                self.modes.pop()  # the spec
                self.modes.pop()  # its field
                return i + 1
            elif text.startswith("}}", i):
                pieces.append(text[piece:i + 1])
                i = piece = i + 2
            else:
                self.fail("f-string: single '}' is not allowed", i, i + 1)

    def backslash(self, i: int, raw: bool, named: bool) -> tuple[int, bool]:
        """In f-string text, as CPython's tokenizer: a backslash keeps the next character in
        the text, but not a brace; ``\\N{`` starts a name whose '}' is text too."""
        text = self.text
        nxt = text[i + 1:i + 2]
        if nxt in ("{", "}", ""):
            return i + 1, named
        if nxt == "N" and not raw and text.startswith("{", i + 2):
            return i + 3, True
        return i + 2, named

    def emit_middle(self, pieces: list[str], last: str, fs: _FString, begin: int, end: int) -> None:
        pieces.append(last)
        if begin == end:
            return
        value: str | BadLiteral = "".join(pieces)
        if not fs.raw and "\\" in value:
            try:
                value = "".join(self.unescape(piece, begin, end) if "\\" in piece else piece
                                for piece in pieces)
            except CompileError as exc:
                value = BadLiteral(exc)
        self.tokens.append((FMIDDLE, value, begin, end))


def _cp_len(text: str) -> int:
    """Length of ``text`` as CPython's escape decoder counts it: it rewrites each non-ASCII
    character as ``\\U%08x`` and a backslash before one as ``\\u005c``, a backslash pair at a time."""
    if text.isascii():
        return len(text)
    size = k = 0
    n = len(text)
    while k < n:
        if text[k] == "\\":
            size += 1
            k += 1
            if k < n and not text[k].isascii():
                size += 5
            if k >= n:
                break
        size += 1 if text[k].isascii() else 10
        k += 1
    return size

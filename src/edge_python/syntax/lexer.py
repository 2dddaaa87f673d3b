"""Source text -> tokens with spans: INDENT/DEDENT, f-string parts, checked numbers and strings.

The lexer is hand-written around a few compiled regular expressions: one picks the next token in
ordinary code, others scan string bodies and numbers. Regexes do the per-character work in C,
which is what keeps a pure-Python lexer near a microsecond a token.

F-strings are tokenised the way PEP 701 does it: ``FSTART``, literal ``FMIDDLE`` parts, the
ordinary tokens of each replacement field between ``{`` and ``}``, and ``FEND``. A mode stack
tracks where we are: ordinary code, f-string literal text, a replacement field, or a format
spec. Because fields are lexed as ordinary code, quotes may be reused inside them and f-strings
nest.

Errors use CPython's wording and raise ``CompileError`` at once (the first error wins).
"""

from __future__ import annotations

import re
import unicodedata

from .diagnostics import CompileError, SourceMap
from .tokens import (
    CLOSERS, DEDENT, EOF, FEND, FMIDDLE, FSTART, INDENT, KEYWORDS, MAX_BRACKET_DEPTH,
    MAX_FSTRING_DEPTH, MAX_INDENT_LEVELS, MAX_SOURCE_BYTES, MAX_SPEC_DEPTH, NAME, NEWLINE,
    NUMBER, OPENERS, OPERATORS, STRING,
)

_TOKEN = re.compile(
    r"(?P<ws>[ \t\f]+)"
    r"|(?P<nl>\r\n|\n|\r)"
    r"|(?P<comment>\#[^\r\n]*)"
    r"|(?P<str>(?:[rR][bBfF]?|[bB][rR]?|[fF][rR]?|[uU])?['\"])"
    r"|(?P<name>[^\W\d]\w*)"
    r"|(?P<num>\.?\d)"
    r"|(?P<op>" + "|".join(re.escape(op) for op in OPERATORS) + r")"
    r"|(?P<cont>\\)"
)

_NUMBER = re.compile(
    r"0[xX](?:_?[0-9a-fA-F])+"
    r"|0[oO](?:_?[0-7])+"
    r"|0[bB](?:_?[01])+"
    r"|(?:(?:\d(?:_?\d)*)?\.\d(?:_?\d)*|\d(?:_?\d)*\.?)(?:[eE][+-]?\d(?:_?\d)*)?[jJ]?"
)
_NUMBER_TAIL = re.compile(r"[\w.]*")
_LEADING_ZEROS = re.compile(r"0[0_]*[1-9]")
# CPython still accepts "1if x else y" and "0x1for": a keyword may touch a number.
_KEYWORD_AFTER_NUMBER = re.compile(r"(?:and|else|for|if|in|is|not|or)\b")

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

    __slots__ = ("base", "fstring", "spec_depth")

    def __init__(self, base: int, fstring: _FString, spec_depth: int) -> None:
        self.base, self.fstring, self.spec_depth = base, fstring, spec_depth


class _Spec:
    """Lexer mode: inside the format spec of a replacement field, after ``:``."""

    __slots__ = ("field",)

    def __init__(self, field: _Field) -> None:
        self.field = field


def tokenize(text: str, smap: SourceMap | None = None) -> list[tuple]:
    """Lex ``text`` into a list of ``(kind, value, start, end)`` tuples ending with EOF."""
    return _Lexer(text, smap or SourceMap(text)).run()


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
        self.indents = [""]
        self.brackets: list[tuple[str, int]] = []
        self.modes: list = []
        self.fdepth = 0

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
        if self.modes:
            mode = self.modes[-1]
            fs = mode.fstring if isinstance(mode, _Field) else mode
            self.unterminated_fstring(fs)
        if self.brackets:
            ch, pos = self.brackets[-1]
            self.fail(f"'{ch}' was never closed", pos, pos + 1)
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
        """At the start of a physical line outside brackets: skip blank lines, emit INDENT/DEDENT."""
        text = self.text
        n = len(text)
        while True:
            j = _INDENT_WS.match(text, i).end()
            if j >= n:
                return n
            ch = text[j]
            if ch == "#" or ch in "\r\n" or (ch == "\\" and text[j + 1:j + 2] in ("\r", "\n")):
                i = _REST_OF_LINE.match(text, j + (ch == "\\")).end()
                continue
            self.indent_to(text[i:j], i, j)
            return j

    def indent_to(self, ws: str, start: int, end: int) -> None:
        current = self.indents[-1]
        if ws == current:
            return
        if " " in ws and "\t" in ws:
            self.fail("inconsistent use of tabs and spaces in indentation", start, end, "TabError")
        if ws.startswith(current) and len(ws) > len(current):
            if not self.tokens or self.tokens[-1][0] != NEWLINE or self.opener_pending():
                self.fail("unexpected indent", end, end + 1, "IndentationError")
            if len(self.indents) >= MAX_INDENT_LEVELS:
                self.fail("too many levels of indentation", start, end, "IndentationError")
            self.indents.append(ws)
            self.tokens.append((INDENT, ws, start, end))
            return
        if ws in self.indents:
            while self.indents[-1] != ws:
                self.indents.pop()
                self.tokens.append((DEDENT, "", end, end))
            return
        if current.startswith(ws) or ws.startswith(current):
            self.fail("unindent does not match any outer indentation level", end, end + 1,
                      "IndentationError")
        if _width(ws) == _width(current) or ("\t" in ws) != ("\t" in current):
            self.fail("inconsistent use of tabs and spaces in indentation", start, end, "TabError")
        self.fail("unindent does not match any outer indentation level", end, end + 1,
                  "IndentationError")

    def opener_pending(self) -> bool:
        """True when the previous logical line did not end with ':' (so an indent is unexpected)."""
        toks = self.tokens
        return len(toks) < 2 or toks[-2][0] != ":"

    def continuation(self, i: int) -> int:
        text = self.text
        j = i + 1
        if text.startswith("\r\n", j):
            return j + 2
        if j < len(text) and text[j] in "\r\n":
            return j + 1
        if j >= len(text):
            self.fail("unexpected EOF while parsing", i, i + 1)
        self.fail("unexpected character after line continuation character", i + 1, i + 2)

    # -- ordinary code ----------------------------------------------------------------------
    def ordinary(self, i: int) -> int:
        text = self.text
        m = _TOKEN.match(text, i)
        if m is None:
            return self.bad_character(i)
        group = m.lastgroup
        end = m.end()
        if group == "ws" or group == "comment":
            return end
        if group == "name":
            word = m.group()
            if end < len(text) and not text[end].isascii():
                end = self.identifier_end(i, end)
                word = text[i:end]
            if not word.isascii():
                word = self.identifier(word, i)
            self.tokens.append((word if word in KEYWORDS else NAME, word, i, end))
            return end
        if group == "op":
            return self.operator(m.group(), i, end)
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
            return self.string(m.group(), i, end)
        return self.continuation(i)

    def identifier_end(self, start: int, end: int) -> int:
        """Extend a name over continuation characters that ``\\w`` misses (combining marks)."""
        text = self.text
        while end < len(text) and not text[end].isascii() and ("a" + text[end]).isidentifier():
            end += 1
        return end

    def identifier(self, word: str, start: int) -> str:
        word = unicodedata.normalize("NFKC", word)
        if not word.isidentifier():
            for k, ch in enumerate(word):
                if not (ch + "a").isidentifier() and not ("a" + ch).isidentifier():
                    self.bad_character(start + k)
            self.fail("invalid syntax", start, start + len(word))
        return word

    def bad_character(self, i: int) -> int:
        ch = self.text[i]
        if ch in "$?`" or ch == "!":
            self.fail("invalid syntax", i, i + 1)
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
        elif op == "!":
            self.fail("invalid syntax", start, end)
        self.tokens.append((op, op, start, end))
        return end

    # -- numbers ----------------------------------------------------------------------------
    def number(self, i: int) -> int:
        text = self.text
        m = _NUMBER.match(text, i)
        end = m.end() if m else i
        spelled = text[i:end]
        if m is None or (end < len(text) and (text[end].isalnum() or text[end] == "_")
                         and not _KEYWORD_AFTER_NUMBER.match(text, end)):
            self.number_error(i, _NUMBER_TAIL.match(text, i).end())
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
            value = int(clean)
        self.tokens.append((NUMBER, value, i, end))
        return end

    def number_error(self, i: int, tail: int) -> None:
        text = self.text
        word = text[i:tail]
        low = word[:2].lower()
        kinds = {"0x": ("hexadecimal", "0123456789abcdefABCDEF"), "0o": ("octal", "01234567"),
                 "0b": ("binary", "01")}
        if low in kinds:
            name, digits = kinds[low]
            body = word[2:]
            for k, ch in enumerate(body):
                if ch == "_":
                    if k + 1 >= len(body) or body[k + 1] == "_":
                        self.fail(f"invalid {name} literal", i + 2 + k + 1)
                    continue
                if ch not in digits:
                    if ch.isdigit():
                        self.fail(f"invalid digit '{ch}' in {name} literal", i + 2 + k)
                    if k == 0:
                        self.fail(f"invalid {name} literal", i + 2 + k)
                    self.fail(f"invalid {name} literal", i + 2 + k)
            self.fail(f"invalid {name} literal", i + len(word))
        if _LEADING_ZEROS.match(word) and word.replace("_", "").isdigit():
            self.fail("leading zeros in decimal integer literals are not permitted; "
                      "use an 0o prefix for octal integers", i, i + len(word))
        self.fail("invalid decimal literal", i)

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
            self.unterminated(start, triple, "string")
        end = m.end()
        body = text[body_start:end - (3 if triple else 1)]
        raw = "r" in prefix
        if "b" in prefix:
            value = self.bytes_value(body, raw, start, end)
        else:
            value = body if raw or "\\" not in body else self.unescape(body, start, end)
        self.tokens.append((STRING, value, start, end))
        return end

    def unterminated(self, start: int, triple: bool, what: str) -> None:
        line = self.line_at(len(self.text) if triple else self.line_end_offset(start))
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
        """Decode backslash escapes like CPython; unknown escapes keep their backslash."""
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
                width = {"x": 2, "u": 4, "U": 8}[ch]
                digits = body[j + 2:j + 2 + width]
                if len(digits) < width or not all(c in "0123456789abcdefABCDEF" for c in digits):
                    self.fail(f"(unicode error) 'unicodeescape' codec can't decode bytes in position "
                              f"{j}-{j + 1 + len(digits.rstrip())}: truncated "
                              f"\\{ch}{'X' * width} escape", start, end)
                code = int(digits, 16)
                if code > 0x10FFFF:
                    self.fail(f"(unicode error) 'unicodeescape' codec can't decode bytes in "
                              f"position {j}-{j + 1 + width}: illegal Unicode character",
                              start, end)
                out.append(chr(code))
                i = j + 2 + width
            elif ch == "N" and not is_bytes:
                close = body.find("}", j + 2)
                name = body[j + 3:close] if body.startswith("{", j + 2) and close > 0 else ""
                try:
                    out.append(unicodedata.lookup(name))
                except KeyError:
                    why = "unknown Unicode character name" if name else "malformed \\N character escape"
                    self.fail(f"(unicode error) 'unicodeescape' codec can't decode bytes in "
                              f"position {j}-{max(close, j + 1)}: {why}", start, end)
                i = close + 1
            else:
                out.append("\\" + ch)
                i = j + 2
        return "".join(out)

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
        """Scan f-string literal text (or format-spec text) from ``i``; emit FMIDDLE parts."""
        mode = self.modes[-1]
        spec = isinstance(mode, _Spec)
        fs = mode.field.fstring if spec else mode
        text = self.text
        n = len(text)
        parts: list[str] = []
        begin = i
        quote = fs.quote
        while True:
            m = _FTEXT.match(text, i)
            if m:
                parts.append(m.group())
                i = m.end()
            if i >= n:
                self.unterminated_fstring(fs)
            ch = text[i]
            if ch == quote and (not fs.triple or text.startswith(quote * 3, i)):
                if spec:
                    self.fail("f-string: expecting '}'", i, i + 1)
                self.emit_middle(parts, begin, i)
                end = i + (3 if fs.triple else 1)
                self.tokens.append((FEND, quote, i, end))
                self.modes.pop()
                self.fdepth -= 1
                return end
            if ch in "'\"":
                parts.append(ch)
                i += 1
            elif ch in "\r\n":
                if not fs.triple:
                    self.unterminated_fstring(fs)
                parts.append(ch)
                i += 1
            elif ch == "\\":
                i = self.fstring_escape(fs, parts, i)
            elif ch == "{":
                if not spec and text.startswith("{{", i):
                    parts.append("{")
                    i += 2
                    continue
                self.emit_middle(parts, begin, i)
                depth = mode.field.spec_depth + 1 if spec else 0
                if depth > MAX_SPEC_DEPTH:
                    self.fail("f-string: expressions nested too deeply", i, i + 1)
                self.tokens.append(("{", "{", i, i + 1))
                self.modes.append(_Field(len(self.brackets), fs, depth))
                return i + 1
            else:  # "}"
                if spec:
                    self.emit_middle(parts, begin, i)
                    self.tokens.append(("}", "}", i, i + 1))
                    self.modes.pop()  # the spec
                    self.modes.pop()  # its field
                    return i + 1
                if text.startswith("}}", i):
                    parts.append("}")
                    i += 2
                    continue
                self.fail("f-string: single '}' is not allowed", i, i + 1)

    def fstring_escape(self, fs: _FString, parts: list[str], i: int) -> int:
        text = self.text
        if i + 1 >= len(text):
            self.unterminated_fstring(fs)
        nxt = text[i + 1]
        if fs.raw:
            parts.append("\\")
            if nxt in "{}":
                return i + 1
            parts.append(nxt)
            return i + 2
        if nxt == "N" and text.startswith("{", i + 2):
            close = text.find("}", i + 3)
            if close < 0:
                self.unterminated_fstring(fs)
            parts.append(self.unescape(text[i:close + 1], i, close + 1))
            return close + 1
        if nxt in "{}":
            parts.append("\\")
            return i + 1
        k = i + 2
        if nxt in "xuU":
            k = i + 2 + {"x": 2, "u": 4, "U": 8}[nxt]
        elif nxt in "01234567":
            while k < i + 4 and k < len(text) and text[k] in "01234567":
                k += 1
        elif nxt == "\r" and text.startswith("\r\n", i + 1):
            k = i + 3
        parts.append(self.unescape(text[i:k], i, k))
        return k

    def emit_middle(self, parts: list[str], begin: int, end: int) -> None:
        if parts:
            self.tokens.append((FMIDDLE, "".join(parts), begin, end))
            parts.clear()


def _width(ws: str) -> int:
    col = 0
    for ch in ws:
        col = (col // 8 + 1) * 8 if ch == "\t" else col + 1
    return col

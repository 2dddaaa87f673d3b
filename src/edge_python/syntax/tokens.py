"""The token table: kinds, operator spellings, keywords and soft keywords.

A token is a plain tuple ``(kind, value, start, end)``: tuples are the cheapest thing Python can
build, and the lexer makes one per token. ``start``/``end`` are character offsets. For operators
and keywords the kind is the spelling itself (``"+"``, ``"if"``), so the parser dispatches on one
string.
"""

from __future__ import annotations

# Kinds that are not spellings.
NAME = "NAME"            # value: the identifier (NFKC-normalised)
NUMBER = "NUMBER"        # value: int, float or complex
STRING = "STRING"        # value: str or bytes, escapes decoded
FSTART = "FSTART"        # f-string opening quote; value: the prefix
FMIDDLE = "FMIDDLE"      # literal text of an f-string or of a format spec; value: str
FEND = "FEND"            # f-string closing quote
NEWLINE = "NEWLINE"
INDENT = "INDENT"
DEDENT = "DEDENT"
EOF = "EOF"
ERRORTOKEN = "ERRORTOKEN"  # where lexing stopped at an error (see lexer.lex); value: the error


class BadLiteral:
    """Value of a STRING or FMIDDLE token with a bad escape (or non-ASCII bytes).

    CPython decodes literals in parser actions, so it reports such an error only when the parser
    takes the literal: an earlier syntax error wins. The parser raises ``error`` then.
    """

    __slots__ = ("error",)

    def __init__(self, error) -> None:
        self.error = error


KIND = 0
VALUE = 1
START = 2
END = 3

KEYWORDS = frozenset(
    "False None True and as assert async await break class continue def del elif else except "
    "finally for from global if import in is lambda nonlocal not or pass raise return try while "
    "with yield".split()
)

# Names that are keywords only where a statement of theirs can start.
SOFT_KEYWORDS = frozenset(("match", "case", "type", "_"))

# Longest spellings first, so one regex alternation picks the longest match.
OPERATORS = sorted(
    """
    ** // << >> <= >= == != -> := ... **= //= <<= >>= += -= *= /= %= &= |= ^= @=
    + - * / % @ & | ^ ~ < > ( ) [ ] { } , : ; . = !
    """.split(),
    key=len,
    reverse=True,
)

AUGMENTED = {
    "+=": "Add", "-=": "Sub", "*=": "Mult", "/=": "Div", "//=": "FloorDiv", "%=": "Mod",
    "**=": "Pow", "<<=": "LShift", ">>=": "RShift", "&=": "BitAnd", "|=": "BitOr",
    "^=": "BitXor", "@=": "MatMult",
}

OPENERS = {"(": ")", "[": "]", "{": "}"}
CLOSERS = {")": "(", "]": "[", "}": "{"}

# Compile-time caps, named for the failure they prevent.
MAX_SOURCE_BYTES = 10 * 1024 * 1024  # Edge's source cap; keeps lexing time bounded
MAX_INDENT_LEVELS = 100              # CPython's MAXINDENT
MAX_BRACKET_DEPTH = 200              # CPython's MAXLEVEL: "too many nested parentheses"
MAX_FSTRING_DEPTH = 200              # nested f-strings inside replacement fields
MAX_SPEC_DEPTH = 2                   # replacement fields nested inside format specs
MAX_INT_DIGITS = 4300                # CPython's default int_max_str_digits, for decimal literals

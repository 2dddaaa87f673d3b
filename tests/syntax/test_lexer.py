"""Token tables for ``edge_python.syntax.lexer.tokenize``.

Each row is a source and its tokens as ``(kind, value)``. In the tables a bare string stands for
an operator or keyword (its kind is its spelling), for NEWLINE/DEDENT (empty value), or else for a
NAME; a bare number stands for a NUMBER. The final EOF is left out. Values are compared with their
types, so ``1``, ``1.0`` and ``True`` differ.
"""

from __future__ import annotations

import pytest

from edge_python.syntax.lexer import check_source, tokenize
from edge_python.syntax.tokens import KEYWORDS, OPERATORS

NL, DEDENT = "NEWLINE", "DEDENT"


def INDENT(ws):
    return ("INDENT", ws)


def S(value):
    return ("STRING", value)


def FSTART(prefix="f"):
    return ("FSTART", prefix)


def MID(text):
    return ("FMIDDLE", text)


def FEND(quote="'"):
    return ("FEND", quote)


def _expand(item):
    if isinstance(item, tuple):
        return item
    if isinstance(item, str):
        if item in (NL, DEDENT):
            return (item, "")
        if item in KEYWORDS or item in OPERATORS:
            return (item, item)
        return ("NAME", item)
    return ("NUMBER", item)


def _typed(pairs):
    return [(kind, type(value).__name__, value) for kind, value in pairs]


def lex(source):
    tokens = tokenize(source)
    assert tokens[-1][0] == "EOF"
    return [(tok[0], tok[1]) for tok in tokens[:-1]]


LAYOUT = [
    ("x = 1", ["x", "=", 1, NL]),
    ("x = 1\n", ["x", "=", 1, NL]),
    ("if x:\n    y\n", ["if", "x", ":", NL, INDENT("    "), "y", NL, DEDENT]),
    ("if a:\n  if b:\n    c\nd\n",
     ["if", "a", ":", NL, INDENT("  "), "if", "b", ":", NL, INDENT("    "), "c", NL, DEDENT, DEDENT,
      "d", NL]),
    ("if a:\n if b:\n  if c:\n   d\n e\n",
     ["if", "a", ":", NL, INDENT(" "), "if", "b", ":", NL, INDENT("  "), "if", "c", ":", NL,
      INDENT("   "), "d", NL, DEDENT, DEDENT, "e", NL, DEDENT]),
    ("if a:\n\n  # comment\n  b\n   \n# x\nc\n",
     ["if", "a", ":", NL, INDENT("  "), "b", NL, DEDENT, "c", NL]),
    ("x = 1  # trailing comment\n# only a comment\n", ["x", "=", 1, NL]),
    ("# nothing but comments\n\n   # indented comment\n", []),
    ("if a:\n\tb\n\tc\n", ["if", "a", ":", NL, INDENT("\t"), "b", NL, "c", NL, DEDENT]),
    ("if a:\n \tb\n \tc\n", ["if", "a", ":", NL, INDENT(" \t"), "b", NL, "c", NL, DEDENT]),
    ("if a:\n\tif b:\n\t\tc\n", ["if", "a", ":", NL, INDENT("\t"), "if", "b", ":", NL, INDENT("\t\t"),
                                "c", NL, DEDENT, DEDENT]),
    ("if a:\n    b\n", ["if", "a", ":", NL, INDENT("    "), "b", NL, DEDENT]),
    ("if a: b\n", ["if", "a", ":", "b", NL]),
    ("if a:\n    b", ["if", "a", ":", NL, INDENT("    "), "b", NL, DEDENT]),
    # implicit line joining: no NEWLINE, INDENT or DEDENT inside brackets
    ("x = (1,\n  2)\n", ["x", "=", "(", 1, ",", 2, ")", NL]),
    ("x = [\n1,\n        2,\n]\n", ["x", "=", "[", 1, ",", 2, ",", "]", NL]),
    ("x = {\n  'a':\n 1}\n", ["x", "=", "{", S("a"), ":", 1, "}", NL]),
    ("f(a,  # comment\n  b)\n", ["f", "(", "a", ",", "b", ")", NL]),
    ("if a:\n    x = (1,\n2)\n    y\n",
     ["if", "a", ":", NL, INDENT("    "), "x", "=", "(", 1, ",", 2, ")", NL, "y", NL, DEDENT]),
    # backslash continuation
    ("x = 1 + \\\n  2\n", ["x", "=", 1, "+", 2, NL]),
    ("x = \\\n\\\n1\n", ["x", "=", 1, NL]),
    ("if a and \\\n   b:\n    c\n", ["if", "a", "and", "b", ":", NL, INDENT("    "), "c", NL, DEDENT]),
    # statements on one line
    ("a; b;\n", ["a", ";", "b", ";", NL]),
    ("", []),
    ("\n\n\n", []),
    ("   \n\t\n", []),
]

NUMBERS = [
    ("0", 0), ("7", 7), ("00", 0), ("0_0", 0), ("1_000", 1000), ("123456789012345678901234567890",
                                                                123456789012345678901234567890),
    ("0xff", 255), ("0XFF", 255), ("0xAbC", 0xABC), ("0x_f", 15), ("0xdead_beef", 0xDEADBEEF),
    ("0o17", 15), ("0O17", 15), ("0o_7", 7), ("0b101", 5), ("0B1", 1), ("0b_1_0", 2),
    ("3.14", 3.14), (".5", 0.5), ("5.", 5.0), ("1e-5", 1e-5), ("1E5", 1e5), ("1e+5", 1e5),
    ("1_000.0_1", 1000.01), ("1.5e+3", 1500.0), ("0.0", 0.0), ("0e0", 0.0), ("09.5", 9.5),
    ("1_0e1_0", 10e10), ("007.5", 7.5), ("1.", 1.0),
    ("1j", 1j), ("2.5J", 2.5j), ("1e3j", 1e3j), (".5j", 0.5j), ("0j", 0j), ("1_0j", 10j), ("5.j", 5j),
]

STRINGS = [
    ("'abc'", "abc"), ('"abc"', "abc"), ("''", ""), ('""', ""),
    ("u'a'", "a"), ("U'a'", "a"), ("r'\\n'", "\\n"), ("R'\\n'", "\\n"), ("r'\\''", "\\'"),
    ("b'a'", b"a"), ("B'a'", b"a"), ("br'\\n'", b"\\n"), ("rb'\\n'", b"\\n"), ("Br'\\n'", b"\\n"),
    ("bR'\\n'", b"\\n"), ("RB'\\n'", b"\\n"), ("rB'\\x41'", b"\\x41"),
    # every escape
    ("'\\n\\t\\r\\a\\b\\f\\v'", "\n\t\r\a\b\f\v"),
    ("'\\\\'", "\\"), ("'\\''", "'"), ('"\\""', '"'), ("'\\\"'", '"'),
    ("'\\0'", "\x00"), ("'\\7'", "\x07"), ("'\\101'", "A"), ("'\\1011'", "A1"), ("'\\777'", "\u01ff"),
    ("'\\x41'", "A"), ("'\\x4a'", "J"), ("'\\u00e9'", "é"), ("'\\U0001F600'", "\U0001F600"),
    ("'\\N{BULLET}'", "\u2022"), ("'\\N{bullet}'", "\u2022"), ("'\\N{LATIN SMALL LETTER E WITH ACUTE}'", "é"),
    ("'\\q'", "\\q"), ("'\\8\\9'", "\\8\\9"), ("'\\ '", "\\ "), ("'\\é'", "\\é"),
    ("'a\\\nb'", "ab"), ("'''a\\\nb'''", "ab"),
    # bytes escapes
    ("b'\\x41\\n\\0'", b"A\n\x00"), ("b'\\777'", b"\xff"), ("b'\\u0041'", b"\\u0041"),
    ("b'\\N{BULLET}'", b"\\N{BULLET}"), ("b'\\xff'", b"\xff"), ("b'\\''", b"'"),
    # triple quotes
    ("'''a\nb'''", "a\nb"), ('"""a"b""c"""', 'a"b""c'), ("'''it's'''", "it's"), ('""""a"""', '"a'),
    ("'''\\''''", "'"), ("'''a\r\nb'''", "a\r\nb"),
    # non-ASCII text
    ("'café π 😀'", "café π 😀"), ("'\\u00e9é'", "éé"),
]

FSTRINGS = [
    ("f'abc'", [FSTART(), MID("abc"), FEND()]),
    ("f''", [FSTART(), FEND()]),
    ('f"a{x}b"', [FSTART(), MID("a"), "{", "x", "}", MID("b"), FEND('"')]),
    ("F'{x}'", [FSTART(), "{", "x", "}", FEND()]),
    ("fr'\\n{x}'", [FSTART("fr"), MID("\\n"), "{", "x", "}", FEND()]),
    ("Rf'{x}\\d'", [FSTART("rf"), "{", "x", "}", MID("\\d"), FEND()]),
    ("fR'{x}'", [FSTART("fr"), "{", "x", "}", FEND()]),
    ("f'{{a}}'", [FSTART(), MID("{a}"), FEND()]),
    ("f'{{{x}}}'", [FSTART(), MID("{"), "{", "x", "}", MID("}"), FEND()]),
    ("f'\\n\\x41{x}'", [FSTART(), MID("\nA"), "{", "x", "}", FEND()]),
    ("f'\\N{BULLET}{x}'", [FSTART(), MID("\u2022"), "{", "x", "}", FEND()]),
    ("f'{x!r}'", [FSTART(), "{", "x", "!", "r", "}", FEND()]),
    ("f'{x!s:>10}'", [FSTART(), "{", "x", "!", "s", ":", MID(">10"), "}", FEND()]),
    ("f'{x:>{w}.{p}f}'", [FSTART(), "{", "x", ":", MID(">"), "{", "w", "}", MID("."), "{", "p", "}",
                          MID("f"), "}", FEND()]),
    ("f'{x:{w}}'", [FSTART(), "{", "x", ":", "{", "w", "}", "}", FEND()]),
    ("f'{x:%H:%M}'", [FSTART(), "{", "x", ":", MID("%H:%M"), "}", FEND()]),
    ("f'{x=}'", [FSTART(), "{", "x", "=", "}", FEND()]),
    ("f'{x = !r:^10}'", [FSTART(), "{", "x", "=", "!", "r", ":", MID("^10"), "}", FEND()]),
    ("f'{a != b}'", [FSTART(), "{", "a", "!=", "b", "}", FEND()]),
    ("f'{(x:=1)}'", [FSTART(), "{", "(", "x", ":=", 1, ")", "}", FEND()]),
    ("f'{d[\"k\"]}'", [FSTART(), "{", "d", "[", S("k"), "]", "}", FEND()]),
    ("f'{d['k']}'", [FSTART(), "{", "d", "[", S("k"), "]", "}", FEND()]),
    ("f'{f'{x}'}'", [FSTART(), "{", FSTART(), "{", "x", "}", FEND(), "}", FEND()]),
    ("f'{f'{f'{f'{f'{1}'}'}'}'}'",
     [FSTART(), "{"] * 5 + [1] + ["}", FEND()] * 5),
    ("f'''{\nx\n}'''", [FSTART(), "{", "x", "}", FEND("'")]),
    ("f'''a\n{x}\nb'''", [FSTART(), MID("a\n"), "{", "x", "}", MID("\nb"), FEND()]),
    ("f'{x:\n}'", [FSTART(), "{", "x", ":", "}", FEND()]),
    ("f'{x}' 'y'", [FSTART(), "{", "x", "}", FEND(), S("y")]),
    ("f'{ {1: 2}[1] }'", [FSTART(), "{", "{", 1, ":", 2, "}", "[", 1, "]", "}", FEND()]),
    ("f'{lambda: 1}'", [FSTART(), "{", "lambda", ":", MID(" 1"), "}", FEND()]),
]

NAMES = [
    ("match case type _", ["match", "case", "type", "_", NL]),
    ("match x:\n    case 1: pass\n",
     ["match", "x", ":", NL, INDENT("    "), "case", 1, ":", "pass", NL, DEDENT]),
    ("café = π", ["café", "=", "π", NL]),
    ("ﬁle = 𝐱", ["file", "=", "x", NL]),  # NFKC: the ligature and the mathematical bold x
    ("x\u0301 = 1", ["x\u0301", "=", 1, NL]),  # a combining mark continues a name
    ("_x1 = __init__", ["_x1", "=", "__init__", NL]),
    ("True False None", ["True", "False", "None", NL]),
    ("async await", ["async", "await", NL]),
    ("1if x else 2", [1, "if", "x", "else", 2, NL]),
    ("0x1for", [0x1F, "or", NL]),
    ("1or 2", [1, "or", 2, NL]),
]

OPERATOR_ROWS = [
    ("a**=b//=c<<=d>>=e", ["a", "**=", "b", "//=", "c", "<<=", "d", ">>=", "e", NL]),
    ("a->b:=c...d", ["a", "->", "b", ":=", "c", "...", "d", NL]),
    ("a!=b==c<=d>=e<f>g", ["a", "!=", "b", "==", "c", "<=", "d", ">=", "e", "<", "f", ">", "g", NL]),
    ("a@b@=c%d^e~f|g&h", ["a", "@", "b", "@=", "c", "%", "d", "^", "e", "~", "f", "|", "g", "&", "h", NL]),
    ("x.y", ["x", ".", "y", NL]),
    ("1 .real", [1, ".", "real", NL]),
    ("1..real", [1.0, ".", "real", NL]),
]


def _rows(table):
    return [pytest.param(src, expected, id=repr(src)[:40]) for src, expected in table]


@pytest.mark.parametrize("source,expected", _rows(LAYOUT + NAMES + OPERATOR_ROWS))
def test_tokens(source, expected):
    assert _typed(lex(source)) == _typed([_expand(item) for item in expected])


@pytest.mark.parametrize("source,expected", _rows(NUMBERS))
def test_numbers(source, expected):
    assert _typed(lex(source)) == _typed([("NUMBER", expected), (NL, "")])
    assert _typed(lex("-" + source)) == _typed([("-", "-"), ("NUMBER", expected), (NL, "")])


@pytest.mark.parametrize("source,expected", _rows(STRINGS))
def test_strings(source, expected):
    assert _typed(lex(source)) == _typed([("STRING", expected), (NL, "")])


@pytest.mark.parametrize("source,expected", _rows(FSTRINGS))
def test_fstrings(source, expected):
    assert _typed(lex(source)) == _typed([_expand(item) for item in expected] + [(NL, "")])


def test_adjacent_literals_are_separate_tokens():
    assert lex("'a' \"b\" b'c' f'd'") == [("STRING", "a"), ("STRING", "b"), ("STRING", b"c"),
                                          ("FSTART", "f"), ("FMIDDLE", "d"), ("FEND", "'"), (NL, "")]


@pytest.mark.parametrize("source,spans", [
    ("x = 1", [(0, 1), (2, 3), (4, 5), (5, 5), (5, 5)]),
    ("if a:\n  b\n", [(0, 2), (3, 4), (4, 5), (5, 6), (6, 8), (8, 9), (9, 10), (10, 10), (10, 10)]),
    ("x = 'é'", [(0, 1), (2, 3), (4, 7), (7, 7), (7, 7)]),
    ("f'a{x!r:>3}'", [(0, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7), (7, 8), (8, 10), (10, 11), (11, 12),
                      (12, 12), (12, 12)]),
    ("x = 1\r\ny\r\n", [(0, 1), (2, 3), (4, 5), (5, 7), (7, 8), (8, 10), (10, 10)]),
    ("0x_ff + 1_0.5e3j", [(0, 5), (6, 7), (8, 16), (16, 16), (16, 16)]),
])
def test_spans(source, spans):
    assert [(tok[2], tok[3]) for tok in tokenize(source)] == spans


@pytest.mark.parametrize("source", ["x = 1\r\ny = 2\r\n", "x = 1\ry = 2\r", "x = 1\ny = 2\n"])
def test_crlf_and_cr_newlines(source):
    assert lex(source) == lex(check_source(source)) == [
        ("NAME", "x"), ("=", "="), ("NUMBER", 1), (NL, ""),
        ("NAME", "y"), ("=", "="), ("NUMBER", 2), (NL, "")]


def test_crlf_inside_blocks_and_strings():
    assert lex("if a:\r\n    b\r\n") == [("if", "if"), ("NAME", "a"), (":", ":"), (NL, ""),
                                         ("INDENT", "    "), ("NAME", "b"), (NL, ""), (DEDENT, "")]
    assert lex(check_source("x = '''a\r\nb'''\r\n"))[2] == ("STRING", "a\nb")
    assert lex(check_source("x = 'a\\\r\nb'"))[2] == ("STRING", "ab")


def test_bom_is_stripped_by_check_source():
    assert check_source("\ufeffx = 1") == "x = 1"
    assert lex(check_source("\ufeffx = 1")) == [("NAME", "x"), ("=", "="), ("NUMBER", 1), (NL, "")]


def test_indent_token_value_and_dedent_positions():
    tokens = tokenize("if a:\n\tb\nc\n")
    assert tokens[4] == ("INDENT", "\t", 6, 7)
    assert tokens[7] == ("DEDENT", "", 9, 9)


def test_form_feed_resets_the_indentation_column():
    assert lex("if a:\n    b\n\x0cc\n") == lex("if a:\n    b\nc\n")


def test_backslash_in_indentation_keeps_its_column():
    # CPython: the indentation before the first continuation backslash is the line's indentation
    assert lex("if a:\n    \\\nb\n") == [("if", "if"), ("NAME", "a"), (":", ":"), (NL, ""), ("INDENT", ""),
                                        ("NAME", "b"), (NL, ""), (DEDENT, "")]


def test_deep_fstring_nesting_token_count():
    depth = 40
    source = "f'{" * depth + "x" + "}'" * depth
    kinds = [tok[0] for tok in tokenize(source)]
    assert kinds.count("FSTART") == kinds.count("FEND") == depth
    assert kinds.count("{") == kinds.count("}") == depth

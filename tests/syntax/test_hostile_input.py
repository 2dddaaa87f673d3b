"""Hostile sources: each must end in a clean parse or a SyntaxError with a position, quickly.

Nothing from inside the package may escape as another exception type (RecursionError,
IndexError, UnicodeError, ...), and nesting deeper than 200 levels is a SyntaxError, never a
crash of the host stack.
"""

from __future__ import annotations

import random
import sys
import time

import pytest

import edge_python
from edge_python.syntax.diagnostics import CompileError
from edge_python.syntax.lexer import check_source, tokenize
from edge_python.syntax.parser import parse

SYNTAX_ERRORS = ("SyntaxError", "IndentationError", "TabError")
SECONDS = 10  # per source; each takes well under one second


def outcome(source):
    """Parse and run ``source``: None for a clean parse, else the ProgramError of the syntax error."""
    started = time.perf_counter()
    try:
        parse(source)
        clean = True
    except CompileError as exc:
        assert exc.type_name in SYNTAX_ERRORS
        assert isinstance(exc.start, int) and isinstance(exc.end, int) and exc.message
        clean = False
    result = edge_python.run(source)  # a clean parse may still fail later ('yield' outside function)
    assert time.perf_counter() - started < SECONDS
    error = result.error
    if error is not None and error.type_name in SYNTAX_ERRORS:
        assert error.line is not None and error.line >= 1
        assert error.column is not None and error.column >= 1
    if clean:
        return None
    assert error is not None and error.type_name in SYNTAX_ERRORS
    return error


def syntax_error(source, message=None):
    error = outcome(source)
    assert error is not None, "expected a SyntaxError"
    if message is not None:
        assert error.message == message
    return error


@pytest.mark.parametrize("source", ["", " ", "\n", "\n\n\n", "   \n\t\n  ", "# just a comment", "\ufeff",
                                    "\x0c", "\\\n", "pass"])
def test_empty_and_blank_sources(source):
    if source == "\\\n":
        syntax_error(source, "unexpected EOF while parsing")
    else:
        assert outcome(source) is None


def _garbage(seed):
    rnd = random.Random(seed)
    data = bytes(rnd.randrange(256) for _ in range(rnd.randint(1, 400)))
    return [data.decode("utf-8", "replace"), data.decode("utf-8", "surrogateescape"),
            data.replace(b"\x00", b"").decode("utf-8", "replace"),
            data.replace(b"\x00", b"").decode("utf-8", "surrogateescape"),
            data.replace(b"\x00", b"").decode("latin-1")]


@pytest.mark.parametrize("seed", range(40))
def test_binary_garbage(seed):
    for source in _garbage(seed):
        outcome(source)


TOKENS = ["(", ")", "[", "]", "{", "}", ":", ",", "=", "'", '"', "'''", "f'", "{x}", "\\", "\n", "\n  ", "\t",
          "if", "else", "lambda", "not", "*", "**", "match", "case", "x", "1", "0x", "1e", "é", "\udc80", "#",
          "!", "$", "async", "await", "yield", "def", "class", "@", ".", ";", "->", ":=", "\r", "\x0c"]


@pytest.mark.parametrize("seed", range(40))
def test_token_soup(seed):
    rnd = random.Random(seed)
    for _ in range(25):
        outcome("".join(rnd.choice(TOKENS) for _ in range(rnd.randint(1, 30))))


@pytest.mark.parametrize("source", ["x = '\udc80'", "x = '\ud800\udc00'", "# \udcff\nx = 1", "x = b'\\xff'"])
def test_surrogates_in_strings_and_comments(source):
    assert outcome(source) is None


@pytest.mark.parametrize("source,message", [
    ("\udc80 = 1", "invalid non-printable character U+DC80"),
    ("x = 1 \ud800", "invalid non-printable character U+D800"),
    ("x\udcff = 1", "invalid non-printable character U+DCFF"),
])
def test_surrogates_in_code(source, message):
    syntax_error(source, message)


@pytest.mark.parametrize("opener,closer", [("(", ")"), ("[", "]"), ("{", "}")])
def test_ten_thousand_nested_brackets(opener, closer):
    syntax_error("x = " + opener * 10_000, "too many nested parentheses")
    syntax_error("x = " + opener * 10_000 + closer * 10_000, "too many nested parentheses")
    syntax_error(opener * 10_000 + "\n", "too many nested parentheses")


NESTED = {
    "parentheses": lambda k: "x = " + "(" * k + "1" + ")" * k,
    "lists": lambda k: "x = " + "[" * k + "]" * k,
    "dicts": lambda k: "x = " + "{1: " * k + "1" + "}" * k,
    "calls": lambda k: "x = " + "f(" * k + ")" * k,
    "subscripts": lambda k: "x = a" + "[a" * k + "]" * k,
    "unary minus": lambda k: "x = " + "-" * k + "1",
    "invert": lambda k: "x = " + "~" * k + "1",
    "not": lambda k: "x = " + "not " * k + "x",
    "await": lambda k: "async def f():\n    return " + "await (" * k + "x" + ")" * k,
    "power": lambda k: "x = " + "a ** " * k + "1",
    "lambdas": lambda k: "f = " + "lambda: " * k + "1",
    "lambda defaults": lambda k: "f = " + "lambda a=" * k + "1" + ": a" * k,
    "conditional expressions": lambda k: "x = " + "a if b else " * k + "c",
    "conditional tests": lambda k: "x = " + "a if (" * k + "b" + ") else c" * k,
    "comprehensions": lambda k: "x = " + "[a for a in " * k + "b" + "]" * k,
    "f-strings": lambda k: "x = " + "f'{" * k + "1" + "}'" * k,
    "patterns": lambda k: "match x:\n    case " + "[" * k + "1" + "]" * k + ": pass\n",
    "class patterns": lambda k: "match x:\n    case " + "C(" * k + ")" * k + ": pass\n",
    "walrus": lambda k: "x = " + "(a := " * k + "1" + ")" * k,
    "yield": lambda k: "def f():\n    x = " + "(yield " * k + "1" + ")" * k,
}


@pytest.mark.parametrize("kind", NESTED)
def test_nesting_deeper_than_200_is_a_syntax_error(kind):
    for depth in (201, 300, 2_000):
        error = syntax_error(NESTED[kind](depth))
        assert error.message in ("too many nested parentheses", "f-string: expressions nested too deeply")


@pytest.mark.parametrize("kind", NESTED)
def test_moderate_nesting_parses(kind):
    source = NESTED[kind](40)
    parse(source)
    outcome(source)


def test_three_hundred_nested_unary_minus_and_not():
    syntax_error("x = " + "-" * 300 + "1", "too many nested parentheses")
    syntax_error("x = " + "not " * 300 + "1", "too many nested parentheses")
    syntax_error("x = (" + "-~" * 150 + "1)", "too many nested parentheses")
    assert outcome("x = " + "-" * 150 + "1") is None
    assert outcome("x = " + "not " * 150 + "1") is None


def test_deep_lambdas_and_conditional_expressions():
    syntax_error("f = " + "lambda: " * 300 + "1", "too many nested parentheses")
    syntax_error("x = " + "1 if 1 else " * 300 + "1", "too many nested parentheses")
    assert outcome("f = " + "lambda: " * 150 + "1") is None
    assert outcome("x = " + "1 if 1 else " * 150 + "1") is None


def test_deep_blocks():
    source = "".join(" " * i + "if x:\n" for i in range(120)) + " " * 120 + "pass\n"
    error = syntax_error(source, "too many levels of indentation")
    assert error.type_name == "IndentationError"
    assert outcome("".join("    " * i + "def f():\n" for i in range(60)) + "    " * 60 + "pass\n") is None


def test_the_recursion_limit_is_left_as_it_was():
    before = sys.getrecursionlimit()
    for source in ("x = " + "(" * 199 + ")" * 199, "x = " + "-" * 1000 + "1", "x = " + "a ** " * 5000 + "1"):
        try:
            parse(source)
        except CompileError:
            pass
    assert sys.getrecursionlimit() == before


@pytest.mark.parametrize("source", [
    "x = '" + "a" * 1_000_000 + "'",
    "# " + "x" * 1_000_000,
    "x = 0x" + "f" * 1_000_000,
    "x = f'" + "{a}" * 200_000 + "'",
], ids=["string", "comment", "hex", "f-string"])
def test_a_one_megabyte_line_parses(source):
    parse(source)


@pytest.mark.parametrize("source,message", [
    ("x = " + "a " * 500_000, "invalid syntax"),
    ("x = '" + "a" * 1_000_000, "unterminated string literal (detected at line 1)"),
    ("x = (" + "a, " * 50_000, "'(' was never closed"),
    ("x = " + "0x" * 500_000, "invalid hexadecimal literal"),
    ("x = 1" + " + 1" * 50_000 + " +", "invalid syntax"),
    ("x = " + "1" * 1_000_000, "Exceeds the limit (4300 digits) for integer string conversion: value has "
     "1000000 digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for "
     "huge integer literals to avoid decimal conversion limits."),
], ids=["names", "unterminated", "unclosed", "hex", "sum", "digits"])
def test_a_one_megabyte_line_with_an_error(source, message):
    syntax_error(source, message)


@pytest.mark.parametrize("source,message", [
    ("x = 'abc", "unterminated string literal (detected at line 1)"),
    ("x = 1\ny = \"abc", "unterminated string literal (detected at line 2)"),
    ("x = '''abc", "unterminated triple-quoted string literal (detected at line 1)"),
    ("x = '''abc\n\n", "unterminated triple-quoted string literal (detected at line 2)"),
    ("x = f'abc", "unterminated f-string literal (detected at line 1)"),
    ("x = f'{a", "'{' was never closed"),
    ("x = f'''{a:", "unterminated triple-quoted f-string literal (detected at line 1)"),
    ("x = b'abc", "unterminated string literal (detected at line 1)"),
    ("x = 'abc\\", "unterminated string literal (detected at line 1)"),
    ("x = (1,", "'(' was never closed"),
    ("x = 1 \\", "unexpected EOF while parsing"),
    ("if x:", "expected an indented block after 'if' statement on line 1"),
    ("@d", "invalid syntax"),
])
def test_eof_in_the_middle_of_something(source, message):
    error = syntax_error(source, message)
    assert error.line >= 1


def test_huge_sources_are_refused_before_lexing():
    error = syntax_error("x" * (10 * 1024 * 1024 + 1))
    assert error.message == "source file exceeds maximum size (10 MiB)"


def test_many_lines():
    assert outcome("x = 1\n" * 20_000) is None
    syntax_error("x = 1\n" * 20_000 + "x = = 1\n")


def test_tokenize_fails_only_with_compile_errors():
    rnd = random.Random(99)
    for _ in range(300):
        source = "".join(rnd.choice(TOKENS) for _ in range(rnd.randint(1, 40)))
        try:
            tokens = tokenize(check_source(source))
        except CompileError:
            continue
        assert tokens[-1][0] == "EOF"
        assert all(tok[2] <= tok[3] for tok in tokens)

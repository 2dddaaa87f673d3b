"""Every error the lexer reports: a table of (source, message, span, CPython agreement).

Each row is checked three ways: ``tokenize`` raises it (type, message), ``edge_python.run`` reports
it at the span ``(line, column, end line, end column)`` (1-based, columns in characters), and on
CPython 3.12 ``compile()`` raises the same type and message (and position, for SAME rows). The
CPython messages were recorded from 3.12, so the rows hold on every Python the suite runs on.

SAME: CPython 3.12 says the same thing at the same line and column.
MSG:  CPython 3.12 says the same thing, pointing elsewhere in the token (we point at the token).
EDGE: CPython accepts the source; the error is Edge Python's own.
"""

from __future__ import annotations

import ast
import re
import sys
import warnings
from pathlib import Path

import pytest

import edge_python
from edge_python.syntax import lexer
from edge_python.syntax.diagnostics import CompileError
from edge_python.syntax.lexer import check_source, decode_source, tokenize

SAME, MSG, EDGE = "same", "msg", "edge"
UNI = "(unicode error) 'unicodeescape' codec can't decode bytes in position "
DIGITS = ("Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use "
          "sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer "
          "literals to avoid decimal conversion limits.")
LEADING = ("leading zeros in decimal integer literals are not permitted; "
           "use an 0o prefix for octal integers")


def E(source, message, span, cpython, type_name="SyntaxError"):
    return pytest.param(source, type_name, message, span, cpython, id=repr(source)[:50])


ROWS = [
    E('x = (1, 2', "'(' was never closed", (1, 5, 1, 6), SAME),
    E('x = [1,\n 2', "'[' was never closed", (1, 5, 1, 6), SAME),
    E("x = {'a': 1", "'{' was never closed", (1, 5, 1, 6), SAME),
    E('f(a,\n  [b,\n   c)',
      "closing parenthesis ')' does not match opening parenthesis '[' on line 2", (3, 5, 3, 6), SAME),
    E("x = f'{a'", "f-string: expecting '}'", (1, 9, 1, 10), SAME),
    E("x = f'{a #}'", "'{' was never closed", (1, 7, 1, 8), SAME),
    E("x = f'''{a\n#}'''", "'{' was never closed", (1, 9, 1, 10), SAME),
    E("x = f'{(a #}'", "'(' was never closed", (1, 8, 1, 9), SAME),
    E('x = )', "unmatched ')'", (1, 5, 1, 6), SAME),
    E('x = 1]', "unmatched ']'", (1, 6, 1, 7), SAME),
    E('}', "unmatched '}'", (1, 1, 1, 2), SAME),
    E('x = (1]', "closing parenthesis ']' does not match opening parenthesis '('", (1, 7, 1, 8), SAME),
    E('x = [1,\n 2)',
      "closing parenthesis ')' does not match opening parenthesis '[' on line 1", (2, 3, 2, 4), SAME),
    E('x = {1: (2}', "closing parenthesis '}' does not match opening parenthesis '('", (1, 11, 1, 12), SAME),
    E("f'{a)}'", "f-string: unmatched ')'", (1, 5, 1, 6), SAME),
    E("f'{)}'", "f-string: unmatched ')'", (1, 4, 1, 5), SAME),
    E("f'{a]}'", "f-string: unmatched ']'", (1, 5, 1, 6), SAME),
    E("x = " + "(" * 201, 'too many nested parentheses', (1, 205, 1, 206), SAME),
    E('if x:\n\ta\n        b\n',
      'inconsistent use of tabs and spaces in indentation', (3, 1, 3, 9), SAME, 'TabError'),
    E('if x:\n        a\n\tb\n',
      'inconsistent use of tabs and spaces in indentation', (3, 1, 3, 2), SAME, 'TabError'),
    E('if x:\n  \ta\n\t  b\n',
      'inconsistent use of tabs and spaces in indentation', (3, 1, 3, 4), SAME, 'TabError'),
    E('if x:\n    a\n\tb\n',
      'inconsistent use of tabs and spaces in indentation', (3, 1, 3, 2), SAME, 'TabError'),
    E('if x:\n    a\n  b\n',
      'unindent does not match any outer indentation level', (3, 3, 3, 4), MSG, 'IndentationError'),
    E('if x:\n  if y:\n    a\n   b\n',
      'unindent does not match any outer indentation level', (4, 4, 4, 5), MSG, 'IndentationError'),
    E('class C:\n    def f(self):\n        pass\n  x = 1\n',
      'unindent does not match any outer indentation level', (4, 3, 4, 4), MSG, 'IndentationError'),
    E("".join(" " * i + "if x:\n" for i in range(101)) + " " * 101 + "pass\n",
      'too many levels of indentation', (101, 1, 101, 101), SAME, 'IndentationError'),
    E('x = 1 \\', 'unexpected EOF while parsing', (1, 8, 1, 8), SAME),
    E('x = \\\n', 'unexpected EOF while parsing', (1, 6, 2, 1), SAME),
    E('x = 1\n\\', 'unexpected EOF while parsing', (2, 2, 2, 2), SAME),
    E('x = 1 \\ 2', 'unexpected character after line continuation character', (1, 8, 1, 9), SAME),
    E('x = [1, \\ 2]', 'unexpected character after line continuation character', (1, 10, 1, 11), SAME),
    E('if x: \\ # c\n    pass', 'unexpected character after line continuation character', (1, 8, 1, 9), SAME),
    E('x = 1 €', "invalid character '€' (U+20AC)", (1, 7, 1, 8), SAME),
    E('a€ = 1', "invalid character '€' (U+20AC)", (1, 2, 1, 3), SAME),
    E('x = \xa0 1', 'invalid non-printable character U+00A0', (1, 5, 1, 6), SAME),
    E('x = \u200b', 'invalid non-printable character U+200B', (1, 5, 1, 6), SAME),
    E('x\x01 = 1', 'invalid non-printable character U+0001', (1, 2, 1, 3), SAME),
    E('x = 1\x7f', 'invalid non-printable character U+007F', (1, 6, 1, 7), SAME),
    E('a½ = 1', "invalid character '½' (U+00BD)", (1, 2, 1, 3), SAME),
    E("x = 'a'\u2028", 'invalid non-printable character U+2028', (1, 8, 1, 9), SAME),
    E('x = 1\x00', 'source code string cannot contain null bytes', (1, 6, 1, 7), MSG),
    E('x = 0x', 'invalid hexadecimal literal', (1, 6, 1, 7), SAME),
    E('x = 0xg', 'invalid hexadecimal literal', (1, 6, 1, 7), SAME),
    E('x = 0x_', 'invalid hexadecimal literal', (1, 7, 1, 8), SAME),
    E('x = 0x1__2', 'invalid hexadecimal literal', (1, 8, 1, 9), SAME),
    E('x = 0x1_', 'invalid hexadecimal literal', (1, 8, 1, 9), SAME),
    E('x = 0xfg', 'invalid hexadecimal literal', (1, 7, 1, 8), SAME),
    E('x = 0XG', 'invalid hexadecimal literal', (1, 6, 1, 7), SAME),
    E('x = 0o', 'invalid octal literal', (1, 6, 1, 7), SAME),
    E('x = 0o8', "invalid digit '8' in octal literal", (1, 7, 1, 8), SAME),
    E('x = 0o18', "invalid digit '8' in octal literal", (1, 8, 1, 9), SAME),
    E('x = 0o1_', 'invalid octal literal', (1, 8, 1, 9), SAME),
    E('x = 0o7a', 'invalid octal literal', (1, 7, 1, 8), SAME),
    E('x = 0O9', "invalid digit '9' in octal literal", (1, 7, 1, 8), SAME),
    E('x = 0b', 'invalid binary literal', (1, 6, 1, 7), SAME),
    E('x = 0b2', "invalid digit '2' in binary literal", (1, 7, 1, 8), SAME),
    E('x = 0b12', "invalid digit '2' in binary literal", (1, 8, 1, 9), SAME),
    E('x = 0b1_', 'invalid binary literal', (1, 8, 1, 9), SAME),
    E('x = 0b1a', 'invalid binary literal', (1, 7, 1, 8), SAME),
    E('x = 0B3', "invalid digit '3' in binary literal", (1, 7, 1, 8), SAME),
    E('x = 012',
      LEADING,
      (1, 5, 1, 8), SAME),
    E('x = 0_1',
      LEADING,
      (1, 5, 1, 8), SAME),
    E('x = 00012',
      LEADING,
      (1, 5, 1, 10), SAME),
    E('x = 012a',
      LEADING,
      (1, 5, 1, 8), SAME),
    E('x = 1_', 'invalid decimal literal', (1, 6, 1, 7), SAME),
    E('x = 1__0', 'invalid decimal literal', (1, 6, 1, 7), SAME),
    E('x = 1.e', 'invalid decimal literal', (1, 6, 1, 7), SAME),
    E('x = 1e', 'invalid decimal literal', (1, 5, 1, 6), SAME),
    E('x = 1e+', 'invalid decimal literal', (1, 7, 1, 8), SAME),
    E('x = 1a', 'invalid decimal literal', (1, 5, 1, 6), SAME),
    E('x = 1_000a', 'invalid decimal literal', (1, 9, 1, 10), SAME),
    E('x = 1__0.0', 'invalid decimal literal', (1, 6, 1, 7), SAME),
    E('x = 1.0_', 'invalid decimal literal', (1, 8, 1, 9), SAME),
    E('x = 1_.0', 'invalid decimal literal', (1, 6, 1, 7), SAME),
    E('x = 1e1_', 'invalid decimal literal', (1, 8, 1, 9), SAME),
    E('x = .5_', 'invalid decimal literal', (1, 7, 1, 8), SAME),
    E('x = 1.5x', 'invalid decimal literal', (1, 7, 1, 8), SAME),
    E("x = " + "1" * 4301, DIGITS.format(4300, 4301), (1, 5, 1, 4306), MSG),
    E('x = 1.5j_', 'invalid imaginary literal', (1, 8, 1, 9), SAME),
    E('x = 5jx', 'invalid imaginary literal', (1, 6, 1, 7), SAME),
    E('x = 1e5jk', 'invalid imaginary literal', (1, 8, 1, 9), SAME),
    E("x = 'abc", 'unterminated string literal (detected at line 1)', (1, 5, 1, 6), SAME),
    E('x = "abc', 'unterminated string literal (detected at line 1)', (1, 5, 1, 6), SAME),
    E("x = 'abc\ny = 1", 'unterminated string literal (detected at line 1)', (1, 5, 1, 6), SAME),
    E("x = '''abc\n\ndef",
      'unterminated triple-quoted string literal (detected at line 3)', (1, 5, 1, 6), SAME),
    E('x = """abc', 'unterminated triple-quoted string literal (detected at line 1)', (1, 5, 1, 6), SAME),
    E("x = '''abc\n", 'unterminated triple-quoted string literal (detected at line 1)', (1, 5, 1, 6), SAME),
    E("x = '''", 'unterminated triple-quoted string literal (detected at line 1)', (1, 5, 1, 6), SAME),
    E("x = f'abc", 'unterminated f-string literal (detected at line 1)', (1, 5, 1, 6), SAME),
    E("x = f'abc\n", 'unterminated f-string literal (detected at line 1)', (1, 5, 1, 6), SAME),
    E("x = f'''abc\n",
      'unterminated triple-quoted f-string literal (detected at line 1)', (1, 5, 1, 6), SAME),
    E("x = f'''abc\ndef",
      'unterminated triple-quoted f-string literal (detected at line 2)', (1, 5, 1, 6), SAME),
    E("x = rb'abc", 'unterminated string literal (detected at line 1)', (1, 5, 1, 6), SAME),
    E("x = f'{a}\n", 'unterminated f-string literal (detected at line 1)', (1, 5, 1, 6), SAME),
    E("x = b'é'", 'bytes can only contain ASCII literal characters', (1, 5, 1, 9), SAME),
    E("x = b'''abc\n€'''", 'bytes can only contain ASCII literal characters', (1, 5, 2, 5), SAME),
    E("x = '\\x4'", UNI + "0-2: truncated \\xXX escape", (1, 5, 1, 10), SAME),
    E("x = '\\xZZ'", UNI + "0-1: truncated \\xXX escape", (1, 5, 1, 11), SAME),
    E("x = 'ab\\x4'", UNI + "2-4: truncated \\xXX escape", (1, 5, 1, 12), SAME),
    E("x = '\\u12'", UNI + "0-3: truncated \\uXXXX escape", (1, 5, 1, 11), SAME),
    E("x = '\\u12z4'", UNI + "0-3: truncated \\uXXXX escape", (1, 5, 1, 13), SAME),
    E("x = 'abc\\U1234'", UNI + "3-8: truncated \\UXXXXXXXX escape", (1, 5, 1, 16), SAME),
    E("x = '\\U0011FFFF'", UNI + "0-9: illegal Unicode character", (1, 5, 1, 17), SAME),
    E("x = '\\N{foo}'", UNI + "0-6: unknown Unicode character name", (1, 5, 1, 14), SAME),
    E("x = '\\N{'", UNI + "0-2: malformed \\N character escape", (1, 5, 1, 10), SAME),
    E("x = '\\N'", UNI + "0-1: malformed \\N character escape", (1, 5, 1, 9), SAME),
    E("x = '\\N{}'", UNI + "0-2: malformed \\N character escape", (1, 5, 1, 11), SAME),
    E("x = '\\Nabc}'", UNI + "0-1: malformed \\N character escape", (1, 5, 1, 13), SAME),
    E("x = 'é\\xZZ'", UNI + "10-11: truncated \\xXX escape", (1, 5, 1, 12), SAME),
    E("x = b'\\x4'", '(value error) invalid \\x escape at position 0', (1, 5, 1, 11), SAME),
    E("x = b'ab\\xZ1'", '(value error) invalid \\x escape at position 2', (1, 5, 1, 14), SAME),
    E("x = f'\\x4'", UNI + "0-2: truncated \\xXX escape", (1, 7, 1, 10), MSG),
    E("x = f'ab{x}\\xZZ'", UNI + "0-1: truncated \\xXX escape", (1, 12, 1, 16), MSG),
    E("x = f'a{{b\\xZZ'", UNI + "1-2: truncated \\xXX escape", (1, 7, 1, 15), MSG),
    E("x = f'{x}a\\N{foo}'", UNI + "1-7: unknown Unicode character name", (1, 10, 1, 18), MSG),
    E("x = f'\\u00e'", UNI + "0-4: truncated \\uXXXX escape", (1, 7, 1, 12), MSG),
    E("x = f'}'", "f-string: single '}' is not allowed", (1, 7, 1, 8), SAME),
    E("x = f'{a}}'", "f-string: single '}' is not allowed", (1, 10, 1, 11), SAME),
    E("x = f'a}b'", "f-string: single '}' is not allowed", (1, 8, 1, 9), SAME),
    E("x = f'{a:{b:{c:{d}}}}'", 'f-string: expressions nested too deeply', (1, 16, 1, 17), MSG),
    E("x = f'{'", "f-string: expecting '}'", (1, 8, 1, 9), SAME),
    E("x = f'{a!r'", "f-string: expecting '}'", (1, 10, 1, 11), SAME),
    E("x = f'{a:{{}'", "f-string: expecting '}'", (1, 13, 1, 14), SAME),
    E("x = f'''{a'''", "f-string: expecting '}'", (1, 11, 1, 12), SAME),
    E('x = f\'{"a\'', 'unterminated string literal (detected at line 1)', (1, 8, 1, 9), SAME),
    E("x = f'{a:x'", "f-string: expecting '}', or format specs", (1, 11, 1, 12), SAME),
    E("x = f'{a!r:'", "f-string: expecting '}', or format specs", (1, 12, 1, 13), SAME),
    E("x = f'{a:{b}'", "f-string: expecting '}', or format specs", (1, 13, 1, 14), SAME),

]


def _compile_312(source):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(source, "<test>", "exec", dont_inherit=True)
        except SyntaxError as exc:
            return exc
    return None


@pytest.mark.parametrize("source,type_name,message,span,cpython", ROWS)
def test_lexer_error(source, type_name, message, span, cpython):
    with pytest.raises(CompileError) as info:
        tokenize(check_source(source))
    assert (info.value.type_name, info.value.message) == (type_name, message)
    error = edge_python.run(source).error
    assert (error.type_name, error.message) == (type_name, message)
    assert (error.line, error.column, error.end_line, error.end_column) == span


@pytest.mark.skipif(sys.version_info[:2] != (3, 12), reason="messages were recorded from CPython 3.12")
@pytest.mark.parametrize("source,type_name,message,span,cpython", ROWS)
def test_cpython_312_agrees(source, type_name, message, span, cpython):
    exc = _compile_312(source)
    if cpython == EDGE:
        assert exc is None
        return
    assert (type(exc).__name__, exc.msg) == (type_name, message)
    if cpython == SAME:
        assert (exc.lineno, exc.offset) == span[:2]


def test_fstring_nesting_limit_of_the_lexer():
    source = "x = " + "f'{" * 201 + "1" + "}'" * 201
    with pytest.raises(CompileError) as info:
        tokenize(source)
    assert info.value.message == "f-string: expressions nested too deeply"
    assert source[info.value.start:info.value.end] == "f'"
    error = edge_python.run(source).error  # the parser's own nesting limit comes first
    assert (error.type_name, error.message) == ("SyntaxError", "too many nested parentheses")


@pytest.mark.skipif(not hasattr(sys, "set_int_max_str_digits"), reason="Python 3.11+")
def test_a_lower_host_limit_on_decimal_digits():
    before = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(1000)
    try:
        error = edge_python.run("x = " + "1" * 2000 + "\n").error
    finally:
        sys.set_int_max_str_digits(before)
    assert (error.message, error.line, error.column) == (DIGITS.format(1000, 2000), 1, 5)
    assert edge_python.run("x = " + "1" * 4300 + "\nassert x % 10 == 1").error is None


def test_source_size_limit():
    source = "#" * (10 * 1024 * 1024 + 1)
    error = edge_python.run(source).error
    assert (error.type_name, error.message, error.line, error.column) == (
        "SyntaxError", "source file exceeds maximum size (10 MiB)", 1, 1)


def test_decode_source_reports_invalid_utf8():
    assert decode_source(b"\xef\xbb\xbfx = 1") == "x = 1"
    with pytest.raises(CompileError) as info:
        decode_source(b"x = 1\ny = '\xff'")
    assert info.value.message == ("(unicode error) 'utf-8' codec can't decode byte 0xff in position 11: "
                                  "invalid start byte")
    assert info.value.start == 11


def _templates(module) -> set[str]:
    """The messages a module can raise, as regular expressions (f-string fields match anything)."""
    calls = ("CompileError", "fail", "syntax_error", "defer", "fault", "late")
    found = set()
    for node in ast.walk(ast.parse(Path(module.__file__).read_text())):
        if isinstance(node, ast.Call) and node.args and \
                getattr(node.func, "id", getattr(node.func, "attr", None)) in calls:
            first = node.args[0]
            for arg in (first.body, first.orelse) if isinstance(first, ast.IfExp) else (first,):
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.add(re.escape(arg.value))
                elif isinstance(arg, ast.JoinedStr):
                    found.add("".join(re.escape(part.value) if isinstance(part, ast.Constant) else ".*"
                                      for part in arg.values))
    return found


def test_every_lexer_message_has_a_row():
    messages = {param.values[2] for param in ROWS} | {DIGITS.format(1000, 2000)} | {
        "f-string: expressions nested too deeply", "source file exceeds maximum size (10 MiB)",
        "(unicode error) 'utf-8' codec can't decode byte",
    }
    missing = [t for t in _templates(lexer) if not any(re.fullmatch(t, m) for m in messages)]
    assert missing == []

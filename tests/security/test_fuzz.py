"""Fuzzing ``edge_python.run``: whatever the source, it returns a Result in bounded time.

Three generators, from least to most structured:

- random bytes decoded as text (invalid UTF-8 becomes lone surrogates, which the lexer must
  reject cleanly);
- token soup: keywords, operators, names, numbers, strings and indentation from the language's
  own vocabulary, glued together at random;
- grammar-based programs: plausible statements and expressions (assignments, arithmetic, calls of
  builtins, attribute access on values, comprehensions, bounded loops, functions, classes,
  try/except, match, f-strings), which get past the parser and exercise the runtime.

The property is the same for all: ``run`` never raises, returns within the time limit plus some
slack, and reports any error with a ``str`` type name. In CI the run is short and derandomised;
set ``EDGE_FUZZ_EXAMPLES=N`` for a longer, random run of N examples per strategy. Every failure
found becomes an ``@example`` of the test that found it (see ``fuzz/README.md``).
"""

from __future__ import annotations

import os
import time

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import edge_python
from edge_python import Limits

try:
    from edge_python.syntax import tokens as _tokens
except ImportError:  # the vocabulary below is enough without it
    _tokens = None

LIMITS = Limits(ops=100_000, time=2, memory=64 * 1024 * 1024)
SLACK = 3.0  # seconds beyond the time limit (compiling a large random source counts too)

_LONG_RUN = os.environ.get("EDGE_FUZZ_EXAMPLES")


def fuzz_settings(ci_examples: int):
    """Short and derandomised in CI; ``EDGE_FUZZ_EXAMPLES`` examples, random, on demand."""
    common = dict(deadline=None, print_blob=True,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                         HealthCheck.filter_too_much])
    if _LONG_RUN:
        return settings(max_examples=int(_LONG_RUN), derandomize=False, **common)
    return settings(max_examples=ci_examples, derandomize=True, database=None, **common)


def check(source: str) -> None:
    """The property: a Result, in time, with a printable error type name."""
    start = time.monotonic()
    result = edge_python.run(source, limits=LIMITS)
    elapsed = time.monotonic() - start
    assert isinstance(result, edge_python.Result)
    assert isinstance(result.stdout, str)
    assert elapsed < LIMITS.time + SLACK, f"run took {elapsed:.2f} s"
    if result.error is not None:
        assert type(result.error.type_name) is str, repr(result.error.type_name)
        assert type(result.error.message) is str, repr(result.error.message)
        str(result.error)
        result.error.render()


# -- (a) random bytes ----------------------------------------------------------------------------
@fuzz_settings(ci_examples=3000)
@given(st.binary(max_size=400))
@example(b"")
@example(b"\xff\xfe")
@example(b"\xef\xbb\xbfprint(1)")
@example(b"x = '\xed\xa0\x80'")
@example(b"\x00")
@example(b"(" * 500)
@example(b'"\\N{\xaf}"')  # found by atheris: a surrogate in a \N{...} name raised UnicodeEncodeError
def test_random_bytes(data):
    check(data.decode("utf-8", "surrogateescape"))


# -- (b) token soup ------------------------------------------------------------------------------
_KEYWORDS = sorted(set(getattr(_tokens, "KEYWORDS", ())) | set(getattr(_tokens, "SOFT_KEYWORDS", ())) | {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
    "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
    "yield", "match", "case", "type", "_"})
_OPERATORS = sorted(set(getattr(_tokens, "OPERATORS", ())) | set(
    "** // << >> <= >= == != -> := ... **= //= <<= >>= += -= *= /= %= &= |= ^= @= "
    "+ - * / % @ & | ^ ~ < > ( ) [ ] { } , : ; . = !".split()))
_NAMES = ["x", "y", "f", "g", "self", "cls", "__init__", "__class__", "__dict__", "__add__",
          "print", "len", "range", "list", "dict", "set", "str", "int", "type", "object", "super",
          "iter", "next", "map", "zip", "sum", "sorted", "getattr", "isinstance", "Exception",
          "BaseException", "run", "sleep", "gather", "frame", "receive", "input", "globals",
          "locals", "__builtins__", "__import__", "eval", "open", "é", "ℌ"]
_NUMBERS = ["0", "1", "-1", "10", "2", "99", "1_000", "0x1f", "0o17", "0b101", "1.5", "1e309",
            "1e-5", "3j", "10**9", "10**100", "9**9**9", "0.", ".5", "1__0", "0x", "08"]
_STRINGS = ["''", "'a'", '"b"', "'''t'''", '"""u"""', "b'x'", "r'\\d'", "f'{x}'", "f'{x!r:>10}'",
            "f'{{}}'", "'\\x41'", "'\\N{BULLET}'", "rb'\\x'", "'unterminated", "f'{", "u'z'",
            "'%s%d'", "'{0.__class__}'", "'\\N{", "}'", "\ud800", "\x00", "\ufeff"]
_LAYOUT = ["\n", "\n    ", "\n        ", "\n\t", " ", "  ", "\\\n", "#c\n", ";", ":\n    "]
_TOKENS = _KEYWORDS + _OPERATORS + _NAMES + _NUMBERS + _STRINGS + _LAYOUT


@st.composite
def token_soup(draw):
    parts = draw(st.lists(st.sampled_from(_TOKENS), max_size=60))
    glue = draw(st.sampled_from([" ", "", "\n"]))
    return glue.join(parts)


@fuzz_settings(ci_examples=3000)
@given(token_soup())
@example("def f(:\n    pass")
@example("while True:\n    pass")
@example("match x:\n    case {**_}:\n        pass")
@example("f'{x:{y:{z}}}'")
@example("class A(int, metaclass=type): pass")
@example("lambda: (yield)")
@example("9**9**9")
@example('x = f"\\N{A\ud800B}"')  # found by atheris: \N{...} with a surrogate raised into the host
def test_token_soup(source):
    check(source)


# -- (c) grammar-based programs ------------------------------------------------------------------
_VARS = ["a", "b", "c", "xs", "d", "s", "n"]
_BUILTINS_1 = ["len", "abs", "str", "repr", "int", "float", "bool", "list", "tuple", "set",
               "sorted", "sum", "min", "max", "any", "all", "reversed", "enumerate", "iter",
               "hash", "id", "type", "chr", "ord", "hex", "bin", "oct", "round", "ascii",
               "frozenset", "dict", "bytes", "print", "callable", "format", "vars", "dir"]
_BUILTINS_2 = ["divmod", "pow", "isinstance", "getattr", "hasattr", "zip", "map", "filter",
               "round", "format", "range", "max", "min", "issubclass", "setattr", "delattr"]
_METHODS = ["upper", "lower", "split", "join", "strip", "replace", "find", "count", "startswith",
            "append", "pop", "extend", "insert", "index", "sort", "reverse", "copy", "keys",
            "values", "items", "get", "update", "add", "discard", "union", "bit_length", "real",
            "imag", "encode", "decode", "zfill", "center", "ljust", "format", "__class__",
            "__dict__", "__len__", "__add__", "__mul__", "__mro__", "__bases__", "__name__",
            "__init__", "__subclasses__", "__globals__", "__code__", "fromkeys", "expandtabs"]
_BINOPS = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "==", "!=", "<",
           "<=", ">", ">=", "and", "or", "in", "not in", "is", "is not"]
_LITERALS = ["0", "1", "2", "-3", "7", "255", "10 ** 6", "2 ** 64", "1.5", "-0.0", "1e300",
             "float('nan')", "3j", "True", "False", "None", "''", "'abc'", "'héllo'", "b'xy'",
             "[]", "[1, 2, 3]", "()", "(1,)", "{}", "{'k': 1}", "{1, 2}", "range(5)", "'a' * 3",
             "[0] * 4", "...", "'%s-%d'", "'{}{}'", "chr(9)"]


@st.composite
def expressions(draw, depth=0):
    if depth >= 3:
        return draw(st.sampled_from(_LITERALS + _VARS))
    kind = draw(st.integers(0, 13))
    sub = lambda: draw(expressions(depth + 1))  # noqa: E731
    if kind <= 2:
        return draw(st.sampled_from(_LITERALS + _VARS))
    if kind == 3:
        return f"({sub()} {draw(st.sampled_from(_BINOPS))} {sub()})"
    if kind == 4:
        return draw(st.sampled_from(["-({})", "(not {})", "~({})"])).format(sub())
    if kind == 5:
        return f"{draw(st.sampled_from(_BUILTINS_1))}({sub()})"
    if kind == 6:
        return f"{draw(st.sampled_from(_BUILTINS_2))}({sub()}, {sub()})"
    if kind == 7:
        name = draw(st.sampled_from(_METHODS))
        if draw(st.booleans()):
            return f"({sub()}).{name}"
        return f"({sub()}).{name}({', '.join(sub() for _ in range(draw(st.integers(0, 2))))})"
    if kind == 8:
        shape = draw(st.sampled_from(["[{e} for v in {it}]", "{{{e} for v in {it}}}",
                                      "{{v: {e} for v in {it}}}", "list({e} for v in {it})",
                                      "[v for v in {it} if {e}]"]))
        iterable = draw(st.sampled_from(["range(10)", "'abc'", "[1, 2, 3]", "xs", "s", "d"]))
        return shape.format(e=sub(), it=iterable)
    if kind == 9:
        return f"({sub()})[{sub()}]" if draw(st.booleans()) else f"({sub()})[{sub()}:{sub()}]"
    if kind == 10:
        return f"({sub()} if {sub()} else {sub()})"
    if kind == 11 and depth == 0:  # one level of f-string: no quotes nested in quotes
        return f'f"{{ ({sub()}) }}-{{ ({sub()})!r:>{draw(st.integers(0, 12))} }}"'
    if kind == 12:
        return f"(lambda v: {sub()})({sub()})"
    return f"f({sub()})" if draw(st.booleans()) else f"K({sub()}).m()"


def _indent(lines: list[str]) -> list[str]:
    return ["    " + line for line in lines]


@st.composite
def statements(draw, depth=0):
    expr = lambda: draw(expressions())  # noqa: E731
    kind = draw(st.integers(0, 14 if depth < 2 else 3))
    block = lambda: draw(blocks(depth + 1))  # noqa: E731
    if kind == 0:
        return [f"{draw(st.sampled_from(_VARS))} = {expr()}"]
    if kind == 1:
        op = draw(st.sampled_from(["+=", "-=", "*=", "//=", "%=", "|=", "**="]))
        return [f"{draw(st.sampled_from(_VARS))} {op} {expr()}"]
    if kind == 2:
        return [f"print({expr()})"]
    if kind == 3:
        return [expr()]
    if kind == 4:
        return [f"if {expr()}:", *_indent(block()), "else:", *_indent(block())]
    if kind == 5:
        return [f"for v in range({draw(st.integers(0, 50))}):", *_indent(block())]
    if kind == 6:
        return ["n = 0", f"while n < {draw(st.integers(0, 30))}:", "    n += 1", *_indent(block())]
    if kind == 7:
        return ["def f(v=None, *args, **kw):", *_indent(block()), f"    return {expr()}"]
    if kind == 8:
        return ["class K:", "    def __init__(self, v=None):", "        self.v = v",
                "    def m(self):", f"        return {expr()}",
                *(["    def __repr__(self):", "        return 'K'"] if draw(st.booleans()) else [])]
    if kind == 9:
        handler = draw(st.sampled_from(["Exception", "BaseException", "(TypeError, ValueError)",
                                        "ZeroDivisionError as e", ""]))
        return ["try:", *_indent(block()), f"except {handler}:".replace(" :", ":"),
                *_indent(block()), "finally:", *_indent(block())]
    if kind == 10:
        pattern = draw(st.sampled_from(["[x, *rest]", "{'k': v}", "int() | str()", "(1, 2)",
                                        "K(v=1)", "[v, 2]", "[]", "str(s) if s", "{**kw}", "0 | 1"]))
        return [f"match {expr()}:", f"    case {pattern}:", *_indent(_indent(block())),
                "    case _:", "        pass"]
    if kind == 11:
        return [f"with {expr()} as w:", *_indent(block())]
    if kind == 12:
        return ["async def t(v):", "    sleep(0)", f"    return {expr()}",
                f"print(gather(t(1), t({expr()})))"]
    if kind == 13:
        return [f"raise {draw(st.sampled_from(['ValueError', 'KeyError(1)', 'StopIteration']))}"
                f" from {expr()}"]
    return [f"assert {expr()}, {expr()}"]


@st.composite
def blocks(draw, depth=0):
    lines = []
    for _ in range(draw(st.integers(1, 3))):
        lines.extend(draw(statements(depth)))
    return lines


@st.composite
def programs(draw):
    prelude = ["a, b, c = 1, 2.5, 'x'", "xs = [3, 1, 2]", "d = {'k': 1}", "s = 'hello'", "n = 5",
               "def f(v=None, *args, **kw):", "    return v",
               "class K:", "    def __init__(self, v=None):", "        self.v = v",
               "    def m(self):", "        return self.v"]
    body = []
    for _ in range(draw(st.integers(1, 6))):
        lines = draw(statements())
        if draw(st.booleans()):  # keep going past a TypeError, so that later statements run too
            lines = ["try:", *_indent(lines), "except Exception as e:", "    print(type(e))"]
        body.extend(lines)
    return "\n".join(prelude + body) + "\n"


@fuzz_settings(ci_examples=200)
@given(programs())
@example("xs = [3, 1, 2]\nprint(xs.__class__.__mro__)\nprint(sorted(xs, key=lambda v: -v))\n")
@example("class K:\n    def __init__(self, v=None):\n        self.v = v\nprint(K(1).__dict__)\n")
@example("s = 'hello'\nprint(f'{s!r:>12}', s.center(20, '*'), s * 3)\n")
@example("for v in range(50):\n    try:\n        1 / 0\n    except ZeroDivisionError as e:\n        pass\n")
@example("match [1, 2, 3]:\n    case [x, *rest]:\n        print(x, rest)\n")
@example("x = 2\nprint(-(-(x ** 3j)))\n")  # found: a complex exponent crashed the compiler (TypeError)
@example("print(2 ** 3j)\n")
def test_grammar_programs(source):
    check(source)

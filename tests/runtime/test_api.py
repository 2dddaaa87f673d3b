"""The host API, exactly as /work/shared/docs/api-contract.md states it.

``run(source, stdin=None, events=None, limits=None) -> Result``; ``Result.stdout`` and
``Result.error``; ``ProgramError`` with ``type_name``, ``message``, ``str()``, 1-based ``line`` and
``column``; ``Limits(...)`` keyword arguments with defaults kept; ``render()`` diagnostics; and
the rule that ``run`` raises only for misuse by the host, never for what a program does.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import inspect
import io
import re
import sys
import warnings
from concurrent.futures import ThreadPoolExecutor

import pytest

import edge_python
from edge_python import Limits, ProgramError, Result, run

SAFE = Limits(ops=1_000_000, time=5.0)  # a backstop so that a bug cannot hang the suite


def error_of(result: Result) -> str | None:
    return str(result.error) if result.error is not None else None


def column_of(err: ProgramError, expected: int) -> int | None:
    """The column to check: the contract allows None where the host cannot tell (CPython 3.10
    has no column table for runtime errors), but never a wrong number."""
    if err.column is None and sys.version_info < (3, 11):
        return None
    return expected


# -- the signature --------------------------------------------------------------------------------
def test_public_names():
    for name in ("run", "Limits", "Result", "ProgramError"):
        assert hasattr(edge_python, name), name


def test_run_signature_and_keyword_names():
    params = inspect.signature(run).parameters
    assert list(params)[:4] == ["source", "stdin", "events", "limits"]  # the contract's order
    for name in list(params)[1:]:
        assert params[name].default is None
    for name in list(params)[4:]:  # additions come after, by keyword only
        assert params[name].kind is inspect.Parameter.KEYWORD_ONLY
    assert params["source"].default is inspect.Parameter.empty


def test_run_accepts_every_argument_by_keyword():
    result = run(source="print(input(), receive())", stdin=["a"], events=["b"], limits=Limits())
    assert result.stdout == "a b\n"
    assert result.error is None


def test_run_accepts_positional_arguments():
    result = run("print(input(), receive())", ["a"], ["b"], Limits())
    assert result.stdout == "a b\n"


def test_result_of_a_clean_run():
    result = run("print('hello')\nprint(1, 2, sep='-')")
    assert isinstance(result, Result)
    assert result.stdout == "hello\n1-2\n"
    assert result.error is None


def test_empty_program():
    result = run("")
    assert result.stdout == ""
    assert result.error is None


# -- ProgramError ---------------------------------------------------------------------------------
ERRORS = [
    # (source, type_name, message, line, column)
    ("x = (", "SyntaxError", "'(' was never closed", 1, 5),
    ("x = 1\n\nprint(x +)", "SyntaxError", "invalid syntax", 3, 10),
    ("1/0", "ZeroDivisionError", "division by zero", 1, 1),
    ("x = 1\ny = x / 0", "ZeroDivisionError", "division by zero", 2, 5),
    ("print(undefined_name)", "NameError", "name 'undefined_name' is not defined", 1, 7),
    ("xs = []\nxs[3]", "IndexError", "list index out of range", 2, 1),
    ("{}['k']", "KeyError", "'k'", 1, 1),
    ("x = 'éé'; y = 1/0", "ZeroDivisionError", "division by zero", 1, 15),
    ("def f():\n    g()\ndef g():\n    h()\ndef h():\n    return [][1]\nf()",
     "IndexError", "list index out of range", 6, 12),
    ("def f(x):\n    return int(x)\n\nprint('a')\nf('abc')",
     "ValueError", "invalid literal for int() with base 10: 'abc'", 2, 12),
    ("class E(Exception):\n    pass\nraise E('custom')", "E", "custom", 3, 1),
    ("raise KeyboardInterrupt", "KeyboardInterrupt", "", 1, 1),
]


@pytest.mark.parametrize("source,type_name,message,line,column", ERRORS)
def test_program_error_fields(source, type_name, message, line, column):
    result = run(source, limits=SAFE)
    err = result.error
    assert isinstance(err, ProgramError)
    assert err.type_name == type_name
    assert err.message == message
    assert str(err) == (f"{type_name}: {message}" if message else type_name)
    assert (err.line, err.column) == (line, column_of(err, column)), err.render()


@pytest.mark.parametrize("source,line", [
    ("while True:\n    pass", 1),
    ("x = 0\nwhile True:\n    x += 1", 2),
    ("def spin():\n    while True:\n        pass\n\nspin()", 2),
])
def test_limit_stop_position(source, line):
    err = run(source, limits=Limits(ops=10_000)).error
    assert str(err) == "RuntimeError: budget exceeded"
    assert err.line == line
    assert err.column is None or err.column >= 1


def test_positions_are_one_based_at_start_of_file():
    err = run("undefined", limits=SAFE).error
    assert (err.line, err.column) == (1, column_of(err, 1))


def test_positions_with_crlf_and_bom():
    err = run("\ufeffprint(1)\r\nprint(1/0)\r\n").error
    assert (err.line, err.column) == (2, column_of(err, 7))


def test_output_before_an_error_is_kept():
    result = run("print('one')\nprint('two', end='')\n1/0\nprint('three')")
    assert result.stdout == "one\ntwo"
    assert error_of(result) == "ZeroDivisionError: division by zero"


def test_output_before_a_limit_stop_is_kept():
    result = run("for i in range(3):\n    print(i)\nwhile True:\n    pass", limits=Limits(ops=10_000))
    assert result.stdout == "0\n1\n2\n"
    assert error_of(result) == "RuntimeError: budget exceeded"


def test_syntax_error_runs_nothing():
    result = run("print('never')\nx = (")
    assert result.stdout == ""
    assert result.error.type_name == "SyntaxError"


# -- run raises only for host misuse --------------------------------------------------------------
MISUSE = [
    ((b"print(1)",), {}),
    ((None,), {}),
    ((42,), {}),
    ((["print(1)"],), {}),
    (("print(1)",), {"stdin": "abc"}),
    (("print(1)",), {"stdin": b"abc"}),
    (("print(1)",), {"stdin": 5}),
    (("print(1)",), {"stdin": [1, 2]}),
    (("print(1)",), {"stdin": ["a", None]}),
    (("print(1)",), {"stdin": [b"a"]}),
    (("print(1)",), {"events": "abc"}),
    (("print(1)",), {"events": [1]}),
    (("print(1)",), {"events": 3.5}),
    (("print(1)",), {"limits": {"ops": 10}}),
    (("print(1)",), {"limits": 10}),
    (("print(1)",), {"limits": "none"}),
    (("print(1)",), {"limits": Limits}),
]


@pytest.mark.parametrize("args,kwargs", MISUSE)
def test_host_misuse_raises_type_error(args, kwargs):
    with pytest.raises(TypeError):
        run(*args, **kwargs)


def test_stdin_list_is_not_modified():
    lines = ["a", "b"]
    events = ["e"]
    run("input()\ninput()\nreceive()", stdin=lines, events=events)
    assert lines == ["a", "b"]
    assert events == ["e"]


FAILING_PROGRAMS = [
    ("1/0", "ZeroDivisionError"),
    ("raise SystemExit(3)", "SystemExit"),
    ("raise KeyboardInterrupt", "KeyboardInterrupt"),
    ("raise GeneratorExit", "GeneratorExit"),
    ("raise BaseException('b')", "BaseException"),
    ("raise StopIteration", "StopIteration"),
    ("raise 5", "TypeError"),
    ("raise MemoryError('mine')", "MemoryError"),
    ("raise RecursionError('mine')", "RecursionError"),
    ("class E(BaseException):\n    pass\nraise E('x')", "E"),
    ("class E(Exception):\n    def __str__(self):\n        raise ValueError('bad')\nraise E()", "E"),
    ("class E(Exception):\n    def __str__(self):\n        return 5\nraise E()", "E"),
    ("class C:\n    def __repr__(self):\n        return repr(self)\nprint(C())", "RecursionError"),
    ("import os", "ModuleNotFoundError"),
    ("import sys\nsys.exit()", "ModuleNotFoundError"),
    ("x = (", "SyntaxError"),
    ("def f(:\n  pass", "SyntaxError"),
    ("\tx = 1\n  y = 2", "IndentationError"),
    ("(" * 1000 + ")" * 1000, "SyntaxError"),
    ("eval('1')", "NameError"),
    ("exec('x = 1')", "NameError"),
    ("open('/etc/passwd')", "NameError"),
    ("__import__('os')", "NameError"),
    ("async def f():\n    raise ValueError('v')\nrun(f())", "ValueError"),
    ("def g():\n    yield 1 / 0\nlist(g())", "ZeroDivisionError"),
    ("x = [None]\nfor i in range(100000):\n    x = [x]\nprint(x)", "RecursionError"),
    ("assert False, 'nope'", "AssertionError"),
    ("b'\\xff'.decode()", "UnicodeDecodeError"),
    ("class M(type):\n    pass", "TypeError"),
    ("print(1, file=5)", "AttributeError"),
    ("'abc'.encode('rot13')", "LookupError"),
    ("raise CancelledError()", "CancelledError"),
    ("async def f():\n    await f()\nrun(f())", "RecursionError"),
    ("try:\n    1/0\nexcept Exception as e:\n    raise e from e", "ZeroDivisionError"),
    ("while True:\n    pass", "RuntimeError"),
    ("def f():\n    f()\nf()", "RecursionError"),
    ("x = 'x' * 10**10", "MemoryError"),
    ("receive()", "RuntimeError"),
    ("input()", "EOFError"),
    ("class C:\n    def __eq__(s, o):\n        raise TypeError('eq')\n    def __hash__(s):\n"
     "        return 1\nd = {C(): 1, C(): 2}", "TypeError"),
]


@pytest.mark.parametrize("source,type_name", FAILING_PROGRAMS)
def test_run_never_raises_for_program_faults(source, type_name):
    result = run(source, limits=Limits(ops=1_000_000, time=5.0))
    err = result.error
    assert isinstance(err, ProgramError)
    assert err.type_name == type_name
    assert isinstance(err.message, str)
    assert str(err).startswith(type_name)
    assert err.line is None or err.line >= 1
    assert err.column is None or err.column >= 1
    text = err.render()
    assert text.splitlines()[0] == f"error: {err}"


def test_run_never_raises_for_a_program_that_prints_odd_things():
    source = "print('\\ud800')\nprint('\\x00')\nprint('é' * 3)"
    result = run(source)
    assert result.error is None
    assert result.stdout == "\ud800\n\x00\néé" + "é\n"


# -- Limits ---------------------------------------------------------------------------------------
FIELDS = ("ops", "memory", "recursion", "time")


def test_limits_defaults_exist():
    limits = Limits()
    for name in FIELDS:
        assert hasattr(limits, name)


@pytest.mark.parametrize("name,value", [("ops", 1234), ("memory", 5_000_000), ("recursion", 77),
                                        ("time", 2.5), ("time", 3)])
def test_limits_keyword_keeps_other_defaults(name, value):
    default = Limits()
    limits = Limits(**{name: value})
    assert getattr(limits, name) == value
    for other in FIELDS:
        if other != name:
            assert getattr(limits, other) == getattr(default, other), other


def test_limits_all_keywords_together():
    limits = Limits(ops=10, memory=20, recursion=30, time=0.5)
    assert (limits.ops, limits.memory, limits.recursion, limits.time) == (10, 20, 30, 0.5)


@pytest.mark.parametrize("name", FIELDS)
def test_limits_none_is_accepted(name):
    assert getattr(Limits(**{name: None}), name) is None


@pytest.mark.parametrize("kwargs", [
    {"ops": -1}, {"ops": 1.5}, {"ops": "10"}, {"ops": True}, {"memory": -5}, {"memory": 2.0},
    {"memory": [1]}, {"recursion": 2.5}, {"recursion": -1}, {"recursion": False}, {"time": -0.1},
    {"time": "1"}, {"time": True},
])
def test_limits_validation(kwargs):
    with pytest.raises((TypeError, ValueError)):
        Limits(**kwargs)


def test_limits_unknown_keyword():
    with pytest.raises(TypeError):
        Limits(steps=10)


def test_limits_value_is_not_changed_by_a_run():
    limits = Limits(ops=10_000)
    before = dataclasses.asdict(limits) if dataclasses.is_dataclass(limits) else vars(limits)
    run("while True:\n    pass", limits=limits)
    after = dataclasses.asdict(limits) if dataclasses.is_dataclass(limits) else vars(limits)
    assert before == after


# -- render -----------------------------------------------------------------------------------------
LOCATION = re.compile(r"^\s*--> <input>:(\d+)(?::(\d+))?$")  # no column on 3.10


def _snippet(text: str, line: int, column: int | None, source_line: str) -> None:
    """Check the location line, the source line and the caret (``column`` None: line only)."""
    lines = text.splitlines()
    where = [i for i, s in enumerate(lines) if LOCATION.match(s)]
    assert where, text
    first = LOCATION.match(lines[where[0]])
    assert int(first.group(1)) == line, text
    shown = [i for i, s in enumerate(lines) if re.match(rf"^\s*{line} \| ", s)]
    assert shown, text
    body = lines[shown[0]]
    assert body.endswith(source_line), text
    caret = lines[shown[0] + 1]
    assert re.match(r"^\s*\|\s*\^+\s*$", caret), text
    if column is None:
        return
    assert first.group(2) is not None and int(first.group(2)) == column, text
    gutter = body.index("|") + 2
    assert caret.index("^") == gutter + column - 1, text


def test_render_runtime_error():
    source = "x = 1\ny = x / 0\n"
    err = run(source).error
    text = err.render()
    assert text.splitlines()[0] == "error: ZeroDivisionError: division by zero"
    _snippet(text, 2, column_of(err, 5), "y = x / 0")
    assert "note:" not in text


def test_render_syntax_error():
    text = run("x = (").error.render()
    assert text.splitlines()[0] == "error: SyntaxError: '(' was never closed"
    _snippet(text, 1, 5, "x = (")


def test_render_limit_stop():
    text = run("i = 0\nwhile True:\n    i += 1", limits=Limits(ops=10_000)).error.render()
    assert text.splitlines()[0] == "error: RuntimeError: budget exceeded"
    assert any(LOCATION.match(s) for s in text.splitlines())


def test_render_nested_calls_have_notes_innermost_first():
    source = "def f():\n    return g()\ndef g():\n    return h()\ndef h():\n    return [][1]\nf()\n"
    err = run(source).error
    text = err.render()
    assert text.splitlines()[0] == "error: IndexError: list index out of range"
    _snippet(text, 6, column_of(err, 12), "    return [][1]")
    notes = [s for s in text.splitlines() if s.startswith("note:")]
    assert notes == ["note: called from g()", "note: called from f()"]
    assert (err.line, err.column) == (6, column_of(err, 12))


def test_render_note_locations():
    source = "def f():\n    return g()\n\ndef g():\n    return 1 / 0\n\nf()\n"
    text = run(source).error.render()
    lines = text.splitlines()
    i = lines.index("note: called from f()")
    match = LOCATION.match(lines[i + 1])
    assert match and int(match.group(1)) == 2, text


def test_render_non_ascii_caret_in_characters():
    err = run("x = 'éé'; y = 1/0").error
    _snippet(err.render(), 1, column_of(err, 15), "x = 'éé'; y = 1/0")


def test_render_without_position():
    err = ProgramError("RuntimeError", "something", None, None)
    assert err.render().splitlines()[0] == "error: RuntimeError: something"
    assert str(err) == "RuntimeError: something"


# -- input() and receive() ------------------------------------------------------------------------
def test_input_reads_stdin_in_order():
    result = run("a = input()\nb = input()\nprint(b, a)", stdin=["first", "second"])
    assert result.stdout == "second first\n"
    assert result.error is None


def test_input_prompt_is_printed():
    result = run("x = input('name? ')\nprint('hi', x)", stdin=["bob"])
    assert result.stdout == "name? hi bob\n"


def test_input_eof_when_exhausted():
    result = run("print(input())\nprint(input())\nprint(input())", stdin=["a", "b"])
    assert result.stdout == "a\nb\n"
    err = result.error
    assert err.type_name == "EOFError"
    assert err.line == 3


def test_input_eof_with_no_stdin():
    for stdin in (None, []):
        result = run("input()", stdin=stdin)
        assert result.error.type_name == "EOFError"


def test_input_eof_is_catchable():
    source = "try:\n    input()\nexcept EOFError:\n    print('eof')"
    assert run(source).stdout == "eof\n"


def test_input_returns_lines_verbatim():
    lines = ["", "  spaced  ", "tab\there", "é"]
    source = "for i in range(4):\n    print(repr(input()))"
    assert run(source, stdin=lines).stdout == "".join(repr(s) + "\n" for s in lines)


def test_receive_returns_events_in_order():
    result = run("for i in range(3):\n    print(receive())", events=["e1", "e2", "e3"])
    assert result.stdout == "e1\ne2\ne3\n"
    assert result.error is None


def test_receive_and_input_are_separate_queues():
    result = run("print(receive(), input(), receive())", stdin=["in"], events=["ev1", "ev2"])
    assert result.stdout == "ev1 in ev2\n"


def test_receive_with_nothing_queued_ends_the_run():
    result = run("print(receive())\nprint(receive())", events=["only"])
    assert result.stdout == "only\n"
    assert result.error.type_name == "RuntimeError"
    assert "scheduler suspended" in result.error.message
    assert result.error.line == 2


def test_runs_do_not_share_stdin_or_events():
    source = "print(input())"
    assert run(source, stdin=["x"]).stdout == "x\n"
    assert run(source, stdin=["y"]).stdout == "y\n"
    assert run(source).error.type_name == "EOFError"


WARNING_PROGRAMS = [
    "x = ~True\nprint(x)",  # a DeprecationWarning from 3.12 on
    "async def f():\n    pass\nc = f()",  # a coroutine never awaited
]


@pytest.mark.parametrize("source", WARNING_PROGRAMS)
def test_program_warnings_stay_quiet_and_host_filters_come_back(source):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        mine = warnings.filters
        assert run(source).error is None
        gc.collect()
        assert warnings.filters is mine
    assert [str(w.message) for w in caught] == []


def test_concurrent_runs_restore_the_host_filters():
    mine = warnings.filters
    sources = ["for i in range(20000):\n    x = ~True", "print(1)"] * 4
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(run, sources))
    assert all(r.error is None for r in results)
    assert warnings.filters is mine


DIGITS_PROGRAM = """
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError", str(e)[:40])
print(len(str(10 ** 4000)), len(f"{10 ** 4000}"))
try:
    int("7" * 5000)
except ValueError:
    print("ValueError")
"""


@pytest.mark.skipif(not hasattr(sys, "set_int_max_str_digits"), reason="no int digit cap here")
@pytest.mark.parametrize("host_cap", [0, 640, 100_000])
def test_programs_see_cpythons_default_digit_cap_whatever_the_host_set(host_cap):
    old = sys.get_int_max_str_digits()
    try:
        sys.set_int_max_str_digits(4300)  # CPython's default, whose wording varies by version
        with contextlib.redirect_stdout(io.StringIO()) as expected:
            exec(DIGITS_PROGRAM, {})  # noqa: S102 - the reference run
        sys.set_int_max_str_digits(host_cap)
        result = run(DIGITS_PROGRAM)
        assert sys.get_int_max_str_digits() == host_cap
    finally:
        sys.set_int_max_str_digits(old)
    assert result.error is None
    assert result.stdout == expected.getvalue()
    assert result.stdout.startswith("ValueError Exceeds the limit (4300")

"""The ``edge`` command and the REPL session."""

from __future__ import annotations

import subprocess
import sys

import pytest

from edge_python.repl import Session


def edge(*args, stdin: str = ""):
    return subprocess.run([sys.executable, "-m", "edge_python.cli", *args], input=stdin,
                          capture_output=True, text=True, timeout=60)


def test_run_file_prints_and_exits_zero(tmp_path):
    program = tmp_path / "p.py"
    program.write_text("print('hi', input())\n")
    done = edge("run", str(program), stdin="there\n")
    assert (done.returncode, done.stdout, done.stderr) == (0, "hi there\n", "")


def test_program_error_is_a_diagnostic_on_stderr_and_exit_one():
    done = edge("-c", "print('before')\nx = 1 / 0")
    assert done.returncode == 1
    assert done.stdout == "before\n"
    first, location = done.stderr.splitlines()[:2]
    assert first == "error: ZeroDivisionError: division by zero"
    # CPython 3.10 keeps no columns for runtime errors: the location is then the line alone
    assert location.strip() == ("--> <input>:2:5" if sys.version_info >= (3, 11) else "--> <input>:2")


@pytest.mark.parametrize("args", [("run", "/nonexistent/file.py"), ("--bogus",), ("run",)])
def test_misuse_exits_two(args):
    assert edge(*args).returncode == 2


def test_limits_from_the_command_line():
    done = edge("--ops", "1000", "-c", "while True:\n    pass")
    assert done.returncode == 1 and "budget exceeded" in done.stderr


def test_show_code_and_dump_ast():
    shown = edge("--show-code", "-c", "x = a.b")
    assert "$ga(a, 'b')" in shown.stdout
    dumped = edge("--dump-ast", "-c", "x = 1")
    assert dumped.stdout.strip() == "(Assign [(Name x)] (Constant 1))"


def test_syntax_error_exits_one():
    done = edge("-c", "x = (")
    assert done.returncode == 1 and done.stderr.startswith("error: SyntaxError: '(' was never closed")


def test_events_file(tmp_path):
    events = tmp_path / "events.txt"
    events.write_text("one\ntwo\n")
    done = edge("--events", str(events), "-c", "print(receive(), receive())")
    assert done.stdout == "one two\n"


def test_session_keeps_state_and_shows_only_new_output():
    session = Session()
    assert session.feed("x = 20\nprint('set')").stdout == "set\n"
    assert session.feed("print(x + 22)").stdout == "42\n"
    failed = session.feed("print(y)")
    assert failed.error is not None and failed.error.type_name == "NameError"
    assert session.feed("def f():\n    return x * 2").stdout == ""
    assert session.feed("print(f())").stdout == "40\n"


def test_session_knows_when_input_continues():
    session = Session()
    assert not session.is_complete("def f():")
    assert not session.is_complete("x = (1,")
    assert session.is_complete("x = 1")


def test_repl_over_a_pipe():
    done = edge(stdin="x = 5\nprint(x * 2)\n")
    assert done.returncode == 0 and "10" in done.stdout

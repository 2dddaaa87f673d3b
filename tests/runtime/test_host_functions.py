"""Host functions: plain values cross by copy both ways, exceptions arrive as builtin ones, and
nothing of the host (the callable, its globals, its objects, its exception) is reachable."""

from __future__ import annotations

import pytest

import edge_python
from edge_python import Limits, run

SECRET = "canary-9f3e1c"


class HostError(KeyError):
    """A host exception class: the program must see a plain KeyError instead."""


class Opaque:
    secret = SECRET


HOST_STATE: dict = {"kept": [1, 2, 3]}


def echo(*args, **kwargs):
    return [list(args), kwargs]


def mutate(items):
    items.append("host")
    return items


def kept():
    return HOST_STATE["kept"]


def fail(kind):
    if kind == "host-error":
        raise HostError("missing", Opaque())
    if kind == "value":
        raise ValueError("bad value", 3)
    if kind == "os":
        raise FileNotFoundError(2, "No such file")
    return Opaque()


FUNCTIONS = {"echo": echo, "mutate": mutate, "kept": kept, "fail": fail, "length": len}

CASES = [
    # (program, expected stdout)
    ("print(echo(1, 2.5, 'a', b'b', None, True, 1j, x=[1, (2, 3)], y={'k': {1, 2}}))",
     "[[1, 2.5, 'a', b'b', None, True, 1j], {'x': [1, (2, 3)], 'y': {'k': {1, 2}}}]\n"),
    ("r = echo({1: frozenset({2})})\nprint(r, type(r[0][0][1]).__name__)",
     "[[{1: frozenset({2})}], {}] frozenset\n"),
    ("xs = [1]\nys = mutate(xs)\nprint(xs, ys, xs is ys)", "[1] [1, 'host'] False\n"),
    ("a = kept()\na.append(4)\nprint(kept(), a)", "[1, 2, 3] [1, 2, 3, 4]\n"),
    ("print(length('abcd'), length([1, 2]))", "4 2\n"),
    ("try:\n    fail('host-error')\nexcept KeyError as e:\n    print(type(e).__name__, e.args)",
     "KeyError ('missing', '<host object>')\n"),
    ("try:\n    fail('value')\nexcept ValueError as e:\n    print(e, e.__cause__, e.__context__)",
     "('bad value', 3) None None\n"),
    ("try:\n    fail('os')\nexcept OSError as e:\n    print(type(e).__name__, e.errno, e.strerror)",
     "FileNotFoundError 2 No such file\n"),
    ("try:\n    fail('object')\nexcept TypeError as e:\n    print(e)",
     "fail() returned a 'Opaque' value, which cannot enter the sandbox\n"),
    ("try:\n    echo(lambda: 1)\nexcept TypeError as e:\n    print(str(e)[:40])",
     "echo() cannot take a 'function' value: h\n"),
    ("class C:\n    pass\ntry:\n    echo(C())\nexcept TypeError as e:\n    print(str(e)[:30])",
     "echo() cannot take a 'C' value\n"),
    ("x = []\nfor i in range(150):\n    x = [x]\ntry:\n    echo(x)\nexcept ValueError as e:\n"
     "    print(e)", "a value passed to echo() is nested too deeply\n"),
    ("print(echo, type(echo).__name__, echo.__name__)",
     "<built-in function echo> builtin_function_or_method echo\n"),
]


@pytest.mark.parametrize("source,expected", CASES)
def test_host_functions(source, expected):
    result = run(source, functions=FUNCTIONS)
    assert result.error is None, result.error
    assert result.stdout == expected


REACH_ATTEMPTS = [
    "print(echo.__globals__)",
    "print(echo.__closure__)",
    "print(echo.__code__)",
    "print(echo.__wrapped__)",
    "print(echo.__self__)",
    "print(type(echo).__call__(echo))",
    "print(getattr(echo, '__glo' + 'bals__'))",
    "print(vars(echo))",
    "print(echo.__dict__)",
    "try:\n    fail('host-error')\nexcept KeyError as e:\n    print(e.__traceback__)",
    "try:\n    fail('host-error')\nexcept KeyError as e:\n    print(e.args[1].secret)",
    "print('{0.__globals__}'.format(echo))",
]


@pytest.mark.parametrize("source", REACH_ATTEMPTS)
def test_nothing_of_the_host_is_reachable(source):
    result = run(source, functions=FUNCTIONS)
    assert SECRET not in result.stdout
    assert "HOST_STATE" not in result.stdout and "0x" not in result.stdout
    assert result.error is not None, result.stdout
    assert result.error.type_name in ("AttributeError", "TypeError", "NameError")


def test_a_host_interrupt_ends_the_run_and_cannot_be_caught():
    def interrupt():
        raise KeyboardInterrupt

    source = "try:\n    stop()\nexcept BaseException:\n    print('caught')\nprint('after')"
    result = run(source, functions={"stop": interrupt})
    assert result.stdout == ""
    assert str(result.error) == "KeyboardInterrupt: host function stop() raised KeyboardInterrupt"
    assert run("print(1)").stdout == "1\n"


def test_copying_a_big_argument_is_paid_for():
    result = run("xs = list(range(10 ** 6))\nwhile True:\n    length(xs)",
                 functions={"length": len}, limits=Limits(ops=5_000_000))
    assert str(result.error) == "RuntimeError: budget exceeded"


@pytest.mark.parametrize("functions,error", [
    ({"max": len}, ValueError), ({"print": print}, ValueError), ({"1x": len}, ValueError),
    ({"class": len}, ValueError), ({"__import__": len}, ValueError), ({"f": 3}, TypeError),
    ([("f", len)], TypeError),
])
def test_bad_functions_argument_is_host_misuse(functions, error):
    with pytest.raises(error):
        edge_python.run("pass", functions=functions)


def test_a_function_calling_a_host_function_is_not_memoized():
    calls = []

    def note(n):
        calls.append(n)
        return n

    source = "def f(n):\n    return note(n) if n < 1 else f(n - 1)\nf(3)\nf(3)"
    assert run(source, functions={"note": note}).error is None
    assert calls == [0, 0]

"""Limits: each one stops the programs it should, with the right type, and nothing can catch it.

Amplifying operations (``'x' * 10**10``, ``9 ** 9 ** 9`` ...) run in a child process with a time
limit and an address-space cap: a missing pre-check must fail the test, not hang or exhaust the
machine. The child also reports its peak resident set, which shows that the result was refused
*before* it was allocated.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import edge_python
from edge_python import Limits, run

SRC = str(Path(edge_python.__file__).resolve().parent.parent)
CHILD_TIMEOUT = 5.0          # seconds a refused amplifier may take, process start included
PEAK_RSS_BYTES = 200 << 20   # a refused amplifier must never have been built


def error_of(result) -> str | None:
    return str(result.error) if result.error is not None else None


# -- each limit ------------------------------------------------------------------------------------
LIMIT_CASES = [
    # (name, source, limits, type_name, message prefix)
    ("ops-while", "while True:\n    pass", Limits(ops=10_000), "RuntimeError", "budget exceeded"),
    ("ops-for", "for i in range(10**12):\n    pass", Limits(ops=10_000), "RuntimeError",
     "budget exceeded"),
    ("ops-calls", "def f():\n    return 1\nwhile True:\n    f()", Limits(ops=10_000), "RuntimeError",
     "budget exceeded"),
    ("ops-genexp", "print(sum(i for i in range(10**12)))", Limits(ops=10_000), "RuntimeError",
     "budget exceeded"),
    ("ops-comprehension", "xs = [i for i in range(10**12)]", Limits(ops=10_000), "RuntimeError",
     "budget exceeded"),
    ("ops-sorted", "xs = sorted(range(10**6))", Limits(ops=10_000), "RuntimeError",
     "budget exceeded"),
    ("ops-list-range", "xs = list(range(10**6))", Limits(ops=10_000), "RuntimeError",
     "budget exceeded"),
    ("ops-set-range", "xs = set(range(10**6))", Limits(ops=10_000), "RuntimeError",
     "budget exceeded"),
    ("ops-join", "s = ','.join(map(str, range(10**6)))", Limits(ops=10_000), "RuntimeError",
     "budget exceeded"),
    ("ops-yield-from", "def g():\n    yield from range(10**20)\nprint(sum(g()))", Limits(ops=10_000),
     "RuntimeError", "budget exceeded"),
    ("ops-yield-from-list", "def g():\n    while True:\n        yield from [1, 2]\nprint(max(g()))",
     Limits(ops=10_000), "RuntimeError", "budget exceeded"),
    ("ops-iter-sentinel", "it = iter(lambda: 1, 2)\nfor x in it:\n    pass", Limits(ops=10_000),
     "RuntimeError", "budget exceeded"),
    ("time", "x = 0\nwhile True:\n    x += 1", Limits(time=0.2, ops=None), "TimeoutError", ""),
    ("time-calls", "def f(n):\n    return n + 1\nx = 0\nwhile True:\n    x = f(x)",
     Limits(time=0.2, ops=None), "TimeoutError", ""),
    ("memory-growth", "xs = []\nwhile True:\n    xs.append([0] * 100)",
     Limits(memory=10_000_000, ops=None), "MemoryError", ""),
    ("memory-dict-growth", "d = {}\ni = 0\nwhile True:\n    d[i] = str(i) * 10\n    i += 1",
     Limits(memory=10_000_000, ops=None), "MemoryError", ""),
    ("memory-repeat", "s = 'x' * 20_000_000", Limits(memory=10_000_000), "MemoryError", ""),
    ("memory-list-repeat", "xs = [0] * 5_000_000", Limits(memory=10_000_000), "MemoryError", ""),
    ("recursion", "def f():\n    f()\nf()", Limits(recursion=50), "RecursionError", ""),
    ("recursion-mutual", "def f(n):\n    return g(n)\ndef g(n):\n    return f(n + 1)\nf(0)",
     Limits(recursion=50), "RecursionError", ""),
    ("recursion-method", "class A:\n    def m(self):\n        return self.m()\nA().m()",
     Limits(recursion=50), "RecursionError", ""),
    ("recursion-default", "def f(n):\n    return f(n + 1)\nf(0)", Limits(), "RecursionError", ""),
    ("output", "while True:\n    print('abcdefghij')", Limits(output=100), "MemoryError", ""),
    ("output-one-print", "print('x' * 1000)", Limits(output=100), "MemoryError", ""),
    ("int-digits-pow", "x = 7\ny = x ** 200000", Limits(), "MemoryError", ""),
    ("int-digits-small", "x = 7\nprint(x ** 300)", Limits(int_digits=100), "MemoryError", ""),
    ("int-digits-mul", "x = 10 ** 90\ny = x * x", Limits(int_digits=100), "MemoryError", ""),
    # the compiler knows these are ints (no type test), the result is still checked
    ("int-digits-known-mul", "x = 7\nfor i in range(40):\n    x = x * x", Limits(), "MemoryError",
     "integer result would exceed 100000 digits"),
    ("int-digits-known-enumerate", "x = 3\nfor i, c in enumerate('abcdefghijklmnopqrstuvwxyz'):\n"
     "    x = x * x * (i + 2)", Limits(), "MemoryError", "integer result would exceed 100000 digits"),
    ("int-digits-shift", "x = 1\ny = x << 1000", Limits(int_digits=100), "MemoryError", ""),
    ("int-digits-literal-pow", "y = 10 ** 200000", Limits(), "MemoryError", ""),
    # int() of text is bounded by CPython's own 4300-digit conversion limit, not int_digits
    ("int-digits-int-str", "y = int('9' * 5000)", Limits(int_digits=100), "ValueError",
     "Exceeds the limit"),
]


@pytest.mark.parametrize("name,source,limits,type_name,prefix", LIMIT_CASES,
                         ids=[c[0] for c in LIMIT_CASES])
def test_limit_stops_with_the_right_type(name, source, limits, type_name, prefix):
    start = time.monotonic()
    result = run(source, limits=limits)
    elapsed = time.monotonic() - start
    err = result.error
    assert err is not None, f"{name}: not stopped; stdout={result.stdout[:80]!r}"
    assert err.type_name == type_name, str(err)
    assert err.message.startswith(prefix), str(err)
    assert err.line is not None
    assert elapsed < 5.0
    assert run("print(1 + 1)").stdout == "2\n"  # the next run in the same process works


def test_time_limit_is_prompt():
    start = time.monotonic()
    err = run("while True:\n    pass", limits=Limits(time=0.2, ops=None)).error
    elapsed = time.monotonic() - start
    assert err.type_name == "TimeoutError"
    assert 0.15 <= elapsed < 2.0


def test_virtual_sleep_does_not_use_the_time_limit():
    result = run("sleep(1000)\nprint('woke')", limits=Limits(time=0.2))
    assert result.stdout == "woke\n"
    assert result.error is None


def test_recursion_within_the_limit_is_fine():
    source = "def f(n):\n    if n == 0:\n        return 0\n    return f(n - 1) + 1\nprint(f(%d))"
    assert run(source % 40, limits=Limits(recursion=50)).stdout == "40\n"
    assert run(source % 200, limits=Limits()).stdout == "200\n"
    assert run(source % 200, limits=Limits(recursion=50)).error.type_name == "RecursionError"


def test_output_limit_keeps_what_fits():
    result = run("while True:\n    print('abcdefghij')", limits=Limits(output=100))
    full = "abcdefghij\n" * 20
    assert full.startswith(result.stdout)
    assert 88 <= len(result.stdout) <= 100


def test_output_exactly_at_the_limit_is_fine():
    result = run("print('x' * 99)", limits=Limits(output=100))
    assert result.error is None
    assert result.stdout == "x" * 99 + "\n"


# -- amplifiers are refused before they allocate ---------------------------------------------------
_CHILD = r"""
import json, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
import edge_python
source, limits = json.loads(sys.argv[1])
limits = edge_python.Limits(**limits)
start = time.monotonic()
result = edge_python.run(source, limits=limits)
elapsed = time.monotonic() - start
err = result.error
# VmHWM is this process's own high-water mark; ru_maxrss would carry the parent's over exec
with open("/proc/self/status") as status:
    peak = next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmHWM"))
print(json.dumps({"type": err and err.type_name, "message": err and err.message,
                  "elapsed": elapsed, "peak": peak}))
"""


def isolated(source: str, **limits) -> dict:
    env = dict(os.environ, PYTHONPATH=SRC)
    try:
        proc = subprocess.run([sys.executable, "-c", _CHILD, json.dumps([source, limits])],
                              capture_output=True, text=True, timeout=CHILD_TIMEOUT, env=env)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{source!r} was not refused: still running after {CHILD_TIMEOUT} s")
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


AMPLIFIERS = [
    "x = 'x' * 10**10",
    "x = 10**10 * 'x'",
    "x = [0] * 10**10",
    "x = (0,) * 10**10",
    "x = b'ab' * 10**10",
    "x = 9 ** 9 ** 9",
    "n = 9\nx = n ** n ** n",
    "x = 1 << 10**9",
    "n = 1\nx = n << 10**9",
    "x = pow(10, 10**9)",
    "x = 'a'.zfill(10**12)",
    "x = 'a'.center(10**12)",
    "x = 'a'.ljust(10**12, '*')",
    "x = '%*d' % (10**9, 1)",
    "x = '%.*f' % (10**9, 1.0)",
    "x = f'{1:999999999}'",
    "x = format(1, '999999999')",
    "x = '{:>999999999}'.format(1)",
    "x = bytes(10**12)",
    "x = list(range(10**10))",
    "x = tuple(range(10**10))",
    "s = 'ab'\nfor i in range(100):\n    s = s + s",
    "s = 'ab'\nfor i in range(100):\n    s += s",
    "xs = [1]\nfor i in range(100):\n    xs += xs",
    "xs = [1]\nfor i in range(100):\n    xs.extend(xs)",
    "xs = [1]\nfor i in range(100):\n    xs = xs + xs",
    "x = ('a' * 10**6).join(['a'] * 1000)",
    "x = ('a' * 10**6).join('abcdefghij' * 100)",
    "s = 'a' * 10**5\nx = s.replace('a', 'b' * 10**5)",
    "s = 'a' * 10**4\nfor i in range(10):\n    s = s.replace('a', 'aaaa')",
    "x = ('\\t' * 10**6).expandtabs(10**6)",
    "x = (10**6).to_bytes(10**12, 'big')",
    "x = int('9' * 10**6)",
    "x = str(10 ** 10**6)",
    "x = ('a ' * 10**6).split()",
    "x = ('a,' * 10**6).split(',')",
    "x = ('a,' * 10**6).rsplit(',', 10**7)",
    "x = ('\\n' * 10**6).splitlines()",
    "x = list('\\u1234' * 10**6)",
    "x = [*('\\u1234' * 10**6)]",
    "x = ('\\ufdfa' * 10**6).encode('ascii', 'namereplace')",
    "x = (b'\\xff' * 10**6).decode('utf-8', 'backslashreplace')",
    "x = int('f' * 10**6, 16)",
    "x = int.from_bytes(b'\\xff' * 10**6, 'big')",
]


@pytest.mark.parametrize("source", AMPLIFIERS)
def test_amplifier_refused_before_allocation(source):
    report = isolated(source, memory=10_000_000)
    if source.startswith("x = int("):  # CPython's own str->int cap answers first: either is fine
        assert report["type"] in ("MemoryError", "ValueError"), report
    else:
        assert report["type"] == "MemoryError", report
    assert report["elapsed"] < 2.0, report
    assert report["peak"] < PEAK_RSS_BYTES, report


@pytest.mark.parametrize("source", ["x = 'x' * 10**10", "x = [0] * 10**10", "x = 9 ** 9 ** 9",
                                    "x = 1 << 10**9", "x = bytes(10**12)"])
def test_amplifier_refused_with_default_limits(source):
    report = isolated(source)
    assert report["type"] == "MemoryError", report
    assert report["peak"] < PEAK_RSS_BYTES, report


NOT_AMPLIFIERS = [
    ("print(len('x' * 1000))", "1000\n"),
    ("print(len([0] * 10000))", "10000\n"),
    ("print(2 ** 1000 > 0)", "True\n"),
    ("print((1 << 100) > 0)", "True\n"),
    ("print(len(f'{1:100}'))", "100\n"),
    ("print('a'.zfill(5))", "0000a\n"),
    ("print(sum(range(10**7)))", "49999995000000\n"),
    ("print(max(range(10**7)))", "9999999\n"),
    ("print(5 in range(10**18), len(range(10**18)))", "True 1000000000000000000\n"),
    ("s = 'ab'\nfor i in range(10):\n    s = s + s\nprint(len(s))", "2048\n"),
    ("print(len(','.join(['abc'] * 1000)))", "3999\n"),
    ("print('%5d|' % 3)", "    3|\n"),
    ("print(int('9' * 50) > 0)", "True\n"),
    ("print(len(('ab ' * 10**4).split()), len(('a\\n' * 10**4).splitlines()))", "10000 10000\n"),
    ("print(len(('a,' * 10**4).split(',', 5)), ('a b ' * 600).rsplit(None, 1)[-1])", "6 b\n"),
    ("print(len(list('\\u1234' * 10**4)), len([*('x' * 10**5)]))", "10000 100000\n"),
    ("print(len((b'\\xff' * 10**6).decode('utf-8', 'replace')))", "1000000\n"),
    ("xs = list(range(10**5))\nprint(99999 in xs, -1 in xs, -1 not in tuple(xs))", "True False True\n"),
    ("print(pow(3, 10**100, 10**300 + 7) > 0)", "True\n"),
]


@pytest.mark.parametrize("source,expected", NOT_AMPLIFIERS)
def test_no_false_positives(source, expected):
    result = run(source)
    assert error_of(result) is None
    assert result.stdout == expected


# -- limit stops cannot be caught or suppressed ----------------------------------------------------
def spin(indent: int) -> str:
    """An endless loop as a statement at ``indent`` spaces (the first line unindented)."""
    return "while True:\n" + " " * (indent + 4) + "pass"


UNCATCHABLE = [
    f"try:\n    {spin(4)}\nexcept BaseException:\n    print('caught')\nprint('after')",
    f"try:\n    {spin(4)}\nexcept:\n    print('caught')\nprint('after')",
    f"try:\n    {spin(4)}\nexcept RuntimeError:\n    print('caught')\nprint('after')",
    f"try:\n    {spin(4)}\nexcept Exception as e:\n    print('caught', e)\nprint('after')",
    f"try:\n    {spin(4)}\nexcept (ValueError, RuntimeError):\n    print('caught')\nprint('after')",
    f"def f():\n    try:\n        {spin(8)}\n    finally:\n        return 5\nprint(f())",
    f"for i in range(2):\n    try:\n        {spin(8)}\n    finally:\n        break\nprint('after')",
    f"for i in range(2):\n    try:\n        {spin(8)}\n    finally:\n        continue\nprint('after')",
    f"class C:\n    def __enter__(self):\n        return self\n    def __exit__(self, *a):\n"
    f"        return True\nwith C():\n    {spin(4)}\nprint('after')",
    "def g():\n    try:\n        yield 1\n        while True:\n            pass\n    finally:\n"
    "        return\nfor x in g():\n    pass\nprint('after')",
    "def g():\n    try:\n        while True:\n            yield 1\n    except BaseException:\n"
    "        yield 2\nfor x in g():\n    pass\nprint('after')",
    f"def f():\n    try:\n        {spin(8)}\n    except BaseException:\n        return 'swallowed'\n"
    f"print(f())",
    f"try:\n    try:\n        {spin(8)}\n    finally:\n        raise ValueError('replaced')\n"
    f"except ValueError:\n    print('caught')\nprint('after')",
    f"async def f():\n    try:\n        {spin(8)}\n    except BaseException:\n        return 1\n"
    f"print(run(f()))",
    f"def f():\n    {spin(4)}\ntry:\n    f()\nexcept BaseException as e:\n    print('caught', e)\n"
    f"print('after')",
]


@pytest.mark.parametrize("source", UNCATCHABLE)
def test_budget_stop_cannot_be_caught(source):
    result = run(source, limits=Limits(ops=10_000))
    assert error_of(result) == "RuntimeError: budget exceeded"
    assert "caught" not in result.stdout
    assert "after" not in result.stdout
    assert "swallowed" not in result.stdout


OTHER_STOPS = [
    ("def f():\n    f()\ntry:\n    f()\nexcept RecursionError:\n    print('caught')\nprint('after')",
     Limits(recursion=50), "RecursionError"),
    ("def f():\n    f()\ntry:\n    f()\nexcept BaseException:\n    print('caught')\nprint('after')",
     Limits(recursion=50), "RecursionError"),
    ("try:\n    x = 'x' * 10**10\nexcept MemoryError:\n    print('caught')\nprint('after')",
     Limits(), "MemoryError"),
    ("n = 9\ntry:\n    x = n ** n ** n\nexcept BaseException:\n    print('caught')\nprint('after')",
     Limits(), "MemoryError"),
    ("try:\n    while True:\n        print('xxxxxxxxx')\nexcept BaseException:\n    pass\nprint('after')",
     Limits(output=100), "MemoryError"),
    ("try:\n    while True:\n        pass\nexcept TimeoutError:\n    print('caught')\nprint('after')",
     Limits(time=0.2, ops=None), "TimeoutError"),
    ("xs = []\ntry:\n    while True:\n        xs.append([0] * 100)\nexcept MemoryError:\n"
     "    xs = None\n    print('caught')\nprint('after')", Limits(memory=10_000_000, ops=None),
     "MemoryError"),
]


@pytest.mark.parametrize("source,limits,type_name", OTHER_STOPS)
def test_other_stops_cannot_be_caught(source, limits, type_name):
    result = run(source, limits=limits)
    assert result.error is not None and result.error.type_name == type_name, result.stdout[-200:]
    assert "caught" not in result.stdout
    assert "after" not in result.stdout


def test_program_raised_errors_of_the_same_types_are_catchable():
    source = ("for exc in (RuntimeError('budget exceeded'), MemoryError('m'), RecursionError('r'),\n"
              "            TimeoutError('t')):\n"
              "    try:\n        raise exc\n    except Exception as e:\n        print(type(e).__name__)")
    result = run(source)
    assert result.error is None
    assert result.stdout == "RuntimeError\nMemoryError\nRecursionError\nTimeoutError\n"


# -- turning limits off ----------------------------------------------------------------------------
def test_limits_none_turns_everything_off():
    source = ("def f(n):\n    return 0 if n == 0 else f(n - 1) + 1\nprint(f(600))\n"
              "x = 7 ** 200000\nprint(x.bit_length() > 0)\nprint(len('x' * 5000))\n"
              "for i in range(30):\n    print('y' * 10)\n")
    result = run(source, limits=Limits.none())
    assert error_of(result) is None
    assert result.stdout.startswith("600\nTrue\n5000\n")
    assert run(source, limits=Limits()).error.type_name == "RecursionError"


@pytest.mark.parametrize("name,source,small,type_name", [
    ("ops", "for i in range(50_000):\n    pass\nprint('done')", 10_000, "RuntimeError"),
    ("memory", "x = 'x' * 5000\nprint('done')", 1000, "MemoryError"),
    ("recursion", "def f(n):\n    return 0 if n == 0 else f(n - 1)\nf(300)\nprint('done')", 20,
     "RecursionError"),
    ("output", "print('x' * 500)\nprint('done')", 100, "MemoryError"),
    ("int_digits", "x = 7\ny = x ** 1000\nprint('done')", 100, "MemoryError"),
])
def test_one_limit_set_to_none(name, source, small, type_name):
    assert run(source, limits=Limits(**{name: small})).error.type_name == type_name
    result = run(source, limits=Limits(**{name: None}))
    assert error_of(result) is None
    assert result.stdout.endswith("done\n")


def test_time_none():
    result = run("for i in range(1000):\n    pass\nprint('done')", limits=Limits(time=None))
    assert result.stdout == "done\n"


# -- determinism and recovery ----------------------------------------------------------------------
DETERMINISTIC = [
    "i = 0\nwhile True:\n    i += 1\n    if i % 997 == 0:\n        print(i)",
    "def f(i):\n    return i\nfor k in range(10**9):\n    f(k)\n    if k % 501 == 0:\n        print(k)",
    "xs = []\nfor i in range(10**9):\n    xs.append(i)\n    if i % 333 == 0:\n"
    "        print(len(sorted(xs)))",
    # a list argument keeps fib from being memoized, so the budget runs out
    "def fib(n, seen):\n    return n if n < 2 else fib(n - 1, seen) + fib(n - 2, seen)\n"
    "for n in range(100):\n    print(n, fib(n, []))",
    "async def w(name):\n    i = 0\n    while True:\n        i += 1\n        print(name, i)\n"
    "        await sleep(0)\ngather(w('a'), w('b'))",
]


@pytest.mark.parametrize("source", DETERMINISTIC)
def test_budget_stop_is_deterministic(source):
    outputs = set()
    for _ in range(3):
        result = run(source, limits=Limits(ops=20_000))
        assert error_of(result) == "RuntimeError: budget exceeded"
        outputs.add(result.stdout)
    assert len(outputs) == 1
    assert outputs.pop() != ""


def test_budget_scales():
    source = "i = 0\nwhile True:\n    i += 1\n    print(i)"
    small = run(source, limits=Limits(ops=5_000)).stdout.count("\n")
    large = run(source, limits=Limits(ops=50_000)).stdout.count("\n")
    assert 0 < small < large


def test_next_run_after_every_kind_of_stop():
    stops = [("while True:\n    pass", Limits(ops=10_000)),
             ("def f():\n    f()\nf()", Limits(recursion=50)),
             ("x = 'x' * 10**10", Limits()),
             ("while True:\n    print('x')", Limits(output=10)),
             ("while True:\n    pass", Limits(time=0.1, ops=None))]
    for source, limits in stops:
        assert run(source, limits=limits).error is not None
        after = run("def g(n):\n    return n if n < 2 else g(n - 1) + g(n - 2)\nprint(g(15))")
        assert after.stdout == "610\n"
        assert after.error is None


def test_host_recursion_limit_is_restored():
    before = sys.getrecursionlimit()
    run("def f():\n    f()\nf()")
    run("print(1)", limits=Limits(recursion=5000))
    assert sys.getrecursionlimit() == before


CODEC_CASES = [  # long enough to be coded in chunks; the result must not show where they were cut
    ("(b'a\\xff\\xe2\\x82' + '\u00e9\u20ac'.encode()) * 100000", "decode", "utf-8", "replace"),
    ("(b'a\\xff\\xe2\\x82' + '\u00e9\u20ac'.encode()) * 100000", "decode", "utf-8", "backslashreplace"),
    ("(b'a\\xff\\xe2\\x82' + '\u00e9\u20ac'.encode()) * 100000", "decode", "ascii", "ignore"),
    ("(b'a\\xff\\xe2\\x82' + '\u00e9\u20ac'.encode()) * 100000", "decode", "utf-16-le", "replace"),
    ("'x\u1234\\ud800y' * 100000", "encode", "ascii", "namereplace"),
    ("'x\u1234\\ud800y' * 100000", "encode", "utf-8", "backslashreplace"),
    ("'x\u1234\\ud800y' * 100000", "encode", "latin-1", "xmlcharrefreplace"),
    ("'x\u1234\\ud800y' * 100000", "encode", "utf-16", "replace"),
]


@pytest.mark.parametrize("data,how,encoding,errors", CODEC_CASES)
def test_long_codec_calls_match_cpython(data, how, encoding, errors):
    source = f"x = ({data}).{how}({encoding!r}, {errors!r})\nprint(len(x), x[:40], x[-40:])"
    namespace: dict = {}
    expected = io.StringIO()
    with contextlib.redirect_stdout(expected):
        exec(compile(source, "<codec>", "exec"), namespace)
    result = run(source, limits=Limits(ops=None, time=None))
    assert error_of(result) is None
    assert result.stdout == expected.getvalue()


@pytest.mark.parametrize("wrap", ["{call}", "for _ in range(1):\n    {call}",
                                  "while True:\n    {call}\n    break"])
def test_recursion_limit_is_exact_inside_module_level_loops(wrap):
    define = "def down(k):\n    return 0 if k == 0 else 1 + down(k - 1)\n"
    limits = Limits(recursion=50)
    fits = run(define + wrap.format(call="print(down(49))"), limits=limits)
    assert fits.error is None and fits.stdout == "49\n"
    too_deep = run(define + wrap.format(call="print(down(50))"), limits=limits)
    assert too_deep.error is not None and too_deep.error.type_name == "RecursionError"


def test_errors_inside_module_level_loops_point_into_the_program():
    source = "def g(x):\n    return 1 / x\ndef f(x):\n    return g(x)\nfor i in range(3):\n    f(2 - i)\n"
    err = run(source).error
    assert (err.type_name, err.line) == ("ZeroDivisionError", 2)
    assert [(note.function, note.line) for note in err.notes] == [("f", 4)]  # no frame of ours

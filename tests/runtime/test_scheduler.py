"""Edge's scheduler: run, gather, sleep, with_timeout, cancel, frame and receive on a virtual clock.

Interleavings depend only on the program (FIFO ready queue, sleepers by wake time then creation
order), so every expected output below is exact. Each task runs on a host thread of its own;
none may outlive its run.
"""

from __future__ import annotations

import gc
import threading
import time
import warnings

import pytest

from edge_python import Limits, run

LIMITS = Limits(ops=2_000_000, time=10.0)
SUSPENDED = "scheduler suspended"


def outcome(source: str, **kwargs) -> tuple[str, str | None]:
    result = run(source, limits=kwargs.pop("limits", LIMITS), **kwargs)
    return result.stdout, (str(result.error) if result.error is not None else None)


def ok(source: str, **kwargs) -> str:
    stdout, error = outcome(source, **kwargs)
    assert error is None, f"{error}\n{stdout}"
    return stdout


# -- ordering --------------------------------------------------------------------------------------
PROGRAMS = [
    ("interleave",
     "async def w(n):\n    print(n, 1)\n    await sleep(0)\n    print(n, 2)\n    return n\n"
     "print(gather(w('a'), w('b')))",
     "a 1\nb 1\na 2\nb 2\n['a', 'b']\n"),
    ("interleave-three",
     "async def w(n):\n    for i in range(3):\n        print(n + str(i))\n        await sleep(0)\n"
     "gather(w('a'), w('b'), w('c'))",
     "a0\nb0\nc0\na1\nb1\nc1\na2\nb2\nc2\n"),
    ("sleep-order",
     "async def w(n, t):\n    await sleep(t)\n    print(n)\n    return t\n"
     "print(gather(w('slow', 2), w('fast', 1), w('mid', 1.5)))",
     "fast\nmid\nslow\n[2, 1, 1.5]\n"),
    ("same-wake-time-keeps-creation-order",
     "async def w(n):\n    await sleep(5)\n    print(n)\ngather(w('a'), w('b'), w('c'))\nprint('ok')",
     "a\nb\nc\nok\n"),
    ("virtual-clock-accumulates",
     "async def w(n, steps):\n    for t in steps:\n        await sleep(t)\n        print(n, t)\n"
     "gather(w('a', [1, 1, 1]), w('b', [2.5]))",
     "a 1\na 1\nb 2.5\na 1\n"),
    ("sleep-without-await",
     "async def w(n):\n    print(n, 'start')\n    sleep(0)\n    print(n, 'end')\ngather(w(1), w(2))",
     "1 start\n2 start\n1 end\n2 end\n"),
    ("negative-sleep-is-zero",
     "async def a():\n    await sleep(-1)\n    print('a')\nasync def b():\n    print('b')\ngather(a(), b())",
     "b\na\n"),
    ("sleep-from-plain-function",
     "def helper(n):\n    sleep(0)\n    print('helper', n)\n    return n * 10\n"
     "async def w(n):\n    print('start', n)\n    v = helper(n)\n    print('end', n, v)\n"
     "gather(w(1), w(2))",
     "start 1\nstart 2\nhelper 1\nend 1 10\nhelper 2\nend 2 20\n"),
    ("deep-plain-call-chain-suspends",
     "def a(n):\n    return b(n) + 1\ndef b(n):\n    sleep(1)\n    return n\n"
     "async def w(n):\n    print(n, a(n))\nasync def x():\n    print('x')\ngather(w(5), x())",
     "x\n5 6\n"),
    ("await-chain",
     "async def a(x):\n    await sleep(x)\n    return x * 2\nasync def b():\n"
     "    return await a(1) + await a(2)\nprint(run(b()))",
     "6\n"),
    ("top-level-sleep",
     "sleep(1000)\nprint('slept')", "slept\n"),
    ("generator-as-task",
     "def g():\n    yield\n    print('g2')\n    return 9\nprint(run(g()))", "g2\n9\n"),
    ("empty",
     "print(gather())\nprint(run())", "[]\nNone\n"),
    ("run-in-task",
     "async def inner():\n    return 'in'\nasync def outer():\n    return run(inner()) + '!'\n"
     "print(run(outer()))", "in!\n"),
    ("main-interleaves-with-tasks",
     "async def w():\n    print('w1')\n    await sleep(1)\n    print('w2')\n    return 'w'\n"
     "print(gather(w(), w()))\nprint('main')", "w1\nw1\nw2\nw2\n['w', 'w']\nmain\n"),
]


@pytest.mark.parametrize("name,source,expected", PROGRAMS, ids=[p[0] for p in PROGRAMS])
def test_scheduling(name, source, expected):
    assert ok(source) == expected


@pytest.mark.parametrize("name,source,expected", PROGRAMS[:6], ids=[p[0] for p in PROGRAMS[:6]])
def test_scheduling_is_deterministic(name, source, expected):
    assert {ok(source) for _ in range(3)} == {expected}


# -- run and gather results ------------------------------------------------------------------------
def test_run_returns_the_first_result():
    source = "async def a():\n    return 1\nasync def b():\n    return 2\nprint(run(a(), b()))"
    assert ok(source) == "1\n"


def test_run_runs_every_argument():
    source = ("async def a():\n    return 'a'\nasync def b():\n    await sleep(3)\n    print('b ran')\n"
              "print(run(a(), b()))")
    assert ok(source) == "b ran\na\n"


def test_run_discards_errors_of_the_others():
    source = "async def a():\n    return 1\nasync def b():\n    raise ValueError('x')\nprint(run(a(), b()))"
    assert ok(source) == "1\n"


def test_run_raises_the_first_coroutines_error():
    source = ("async def a():\n    raise KeyError('k')\ntry:\n    run(a())\n"
              "except KeyError as e:\n    print('caught', e)")
    assert ok(source) == "caught 'k'\n"


def test_run_error_position_is_inside_the_task():
    source = "def h():\n    return 1 / 0\nasync def w():\n    await sleep(1)\n    h()\nrun(w())"
    result = run(source)
    assert result.error.type_name == "ZeroDivisionError"
    assert result.error.line == 2


def test_gather_results_in_argument_order():
    source = ("async def w(v, t):\n    await sleep(t)\n    return v\n"
              "print(gather(w('a', 3), w('b', 1), w('c', 2)))")
    assert ok(source) == "['a', 'b', 'c']\n"


def test_gather_reraises_the_first_error_after_all_finish():
    source = ("async def a():\n    raise KeyError('early')\nasync def b():\n    await sleep(1)\n"
              "    print('b finished')\n    return 2\ntry:\n    gather(a(), b())\nexcept KeyError as e:\n"
              "    print('caught', e)")
    assert ok(source) == "b finished\ncaught 'early'\n"


def test_gather_first_error_in_time_wins():
    source = ("async def late():\n    await sleep(1)\n    raise ValueError('late')\n"
              "async def early():\n    raise KeyError('early')\n"
              "try:\n    gather(late(), early())\nexcept Exception as e:\n    print(type(e).__name__, e)")
    assert ok(source) == "KeyError 'early'\n"


def test_gather_error_does_not_cancel_survivors():
    source = ("async def bad():\n    raise ValueError('x')\nasync def good(n):\n    await sleep(n)\n"
              "    print('good', n)\ntry:\n    gather(bad(), good(1), good(2))\nexcept ValueError:\n"
              "    print('caught')")
    assert ok(source) == "good 1\ngood 2\ncaught\n"


def test_uncaught_gather_error_is_reported():
    source = "async def bad():\n    await sleep(1)\n    raise ValueError('x')\ngather(bad())"
    assert outcome(source) == ("", "ValueError: x")


# -- with_timeout and cancel -----------------------------------------------------------------------
def test_with_timeout_returns_the_result_in_time():
    source = "async def q():\n    await sleep(1)\n    return 'v'\nprint(with_timeout(5, q()))"
    assert ok(source) == "v\n"


def test_with_timeout_raises_timeout_error_and_cancels():
    source = ("async def slow():\n    try:\n        await sleep(10)\n        print('not reached')\n"
              "    finally:\n        print('cleanup')\n"
              "try:\n    with_timeout(1, slow())\nexcept TimeoutError as e:\n    print('timeout')\n"
              "sleep(0)\nprint('after')\nsleep(20)\nprint('end')")
    assert ok(source) == "timeout\ncleanup\nafter\nend\n"


def test_with_timeout_uncaught():
    source = "async def slow():\n    await sleep(10)\nwith_timeout(1, slow())\nprint('no')"
    stdout, error = outcome(source)
    assert stdout == ""
    assert error.startswith("TimeoutError")


def test_with_timeout_cancelled_task_never_resumes():
    source = ("async def slow():\n    await sleep(10)\n    print('resumed')\n"
              "try:\n    with_timeout(1, slow())\nexcept TimeoutError:\n    print('timeout')\n"
              "sleep(100)\nprint('end')")
    assert ok(source) == "timeout\nend\n"


def test_with_timeout_passes_errors_through():
    source = ("async def bad():\n    raise KeyError('k')\ntry:\n    with_timeout(5, bad())\n"
              "except KeyError as e:\n    print('caught', e)")
    assert ok(source) == "caught 'k'\n"


def test_cancel_delivers_at_the_next_tick_and_runs_finally():
    source = ("async def victim():\n    try:\n        for i in range(5):\n            print('v', i)\n"
              "            await sleep(1)\n    finally:\n        print('victim finally')\n"
              "async def killer(v):\n    await sleep(1.5)\n    print('cancel', cancel(v))\n"
              "v = victim()\ngather(v, killer(v))\nprint('done')")
    assert ok(source) == "v 0\nv 1\ncancel True\nvictim finally\ndone\n"


def test_cancelled_error_cannot_be_caught():
    source = ("async def v():\n    try:\n        await sleep(5)\n    except BaseException:\n"
              "        print('caught')\n    print('after except')\n"
              "async def k(x):\n    cancel(x)\nx = v()\ngather(x, k(x))\nprint('main done')")
    assert ok(source) == "main done\n"


def test_cancel_a_finished_coroutine():
    source = ("async def quick():\n    return 1\nq = quick()\nprint(run(q))\nprint(cancel(q))")
    assert ok(source) == "1\nFalse\n"


def test_cancel_before_start():
    source = ("async def w():\n    print('never')\nc = w()\ncancel(c)\nprint(gather(c))")
    stdout, error = outcome(source)
    assert "never" not in stdout


def test_cancelled_error_is_not_an_exception():
    source = ("print(issubclass(CancelledError, BaseException), issubclass(CancelledError, Exception))")
    assert ok(source) == "True False\n"


# -- top-level async syntax ------------------------------------------------------------------------
def test_top_level_await():
    assert ok("async def f():\n    await sleep(1)\n    return 3\nx = await f()\nprint(x)") == "3\n"


def test_top_level_async_for_over_async_generator():
    source = "async def ag():\n    for i in range(3):\n        await sleep(1)\n        yield i\n" \
             "async for v in ag():\n    print(v)"
    assert ok(source) == "0\n1\n2\n"


def test_async_for_over_plain_iterable():
    assert ok("async for v in [1, 2]:\n    print(v)") == "1\n2\n"


def test_async_with_sync_dunders():
    source = ("class C:\n    def __enter__(self):\n        print('enter')\n        return 5\n"
              "    def __exit__(self, *a):\n        print('exit')\nasync with C() as c:\n    print(c)")
    assert ok(source) == "enter\n5\nexit\n"


def test_async_with_async_dunders():
    source = ("class C:\n    async def __aenter__(self):\n        print('aenter')\n        return 5\n"
              "    async def __aexit__(self, *a):\n        print('aexit')\n"
              "async with C() as c:\n    print(c)")
    assert ok(source) == "aenter\n5\naexit\n"


def test_await_inside_a_task_with_async_for_and_with():
    source = ("async def ag():\n    yield 'x'\n    yield 'y'\nclass C:\n    def __enter__(self):\n"
              "        return self\n    def __exit__(self, *a):\n        print('exit')\n"
              "async def w():\n    async with C():\n        async for v in ag():\n            print(v)\n"
              "            await sleep(1)\n    return 'done'\nprint(run(w()))")
    assert ok(source) == "x\ny\nexit\ndone\n"


# -- suspension, recursion, limits ------------------------------------------------------------------
@pytest.mark.parametrize("source,stdout,line", [
    ("print('x')\nframe()", "x\n", 2),
    ("print(receive())", "", 1),
    ("async def w():\n    receive()\ngather(w(), w())", "", 2),
    ("async def w():\n    await sleep(1)\n    frame()\nrun(w())", "", 3),
])
def test_nothing_queued_ends_with_scheduler_suspended(source, stdout, line):
    result = run(source, limits=LIMITS)
    assert result.stdout == stdout
    assert result.error.type_name == "RuntimeError"
    assert result.error.message.startswith(SUSPENDED)
    assert result.error.line == line


def test_receive_from_tasks_in_order():
    source = ("async def w(n):\n    print(n, receive())\n    await sleep(1)\n    print(n, receive())\n"
              "gather(w('a'), w('b'))")
    assert ok(source, events=["1", "2", "3", "4"]) == "a 1\nb 2\na 3\nb 4\n"


def test_suspension_is_not_catchable():
    source = "try:\n    receive()\nexcept BaseException:\n    print('caught')\nprint('after')"
    stdout, error = outcome(source)
    assert stdout == ""
    assert error.startswith("RuntimeError: " + SUSPENDED)


@pytest.mark.parametrize("source", [
    "async def f():\n    return run(f())\nrun(f())",
    "def f():\n    async def g():\n        return f()\n    return run(g())\nf()",
    "async def f():\n    await f()\nrun(f())",
    "async def f():\n    return gather(f())\nrun(f())",
    "async def f():\n    return with_timeout(5, f())\nrun(f())",
])
def test_nested_run_ends_with_recursion_error(source):
    before = threading.active_count()
    start = time.monotonic()
    stdout, error = outcome(source)
    assert error == "RecursionError: maximum recursion depth exceeded"
    assert time.monotonic() - start < 10
    _threads_settle(before)


def test_budget_stop_inside_a_task():
    source = "async def w():\n    while True:\n        pass\ngather(w())"
    assert outcome(source, limits=Limits(ops=10_000)) == ("", "RuntimeError: budget exceeded")


def test_budget_stop_cannot_be_caught_in_a_task():
    source = ("async def w():\n    try:\n        while True:\n            pass\n    except BaseException:\n"
              "        return 'caught'\ntry:\n    print(run(w()))\nexcept BaseException:\n    print('main')")
    assert outcome(source, limits=Limits(ops=10_000)) == ("", "RuntimeError: budget exceeded")


def test_many_tasks():
    source = ("async def w(i):\n    await sleep(i % 7)\n    return i\n"
              "print(sum(gather(*[w(i) for i in range(200)])))")
    assert ok(source) == "19900\n"


# -- threads ---------------------------------------------------------------------------------------
def _threads_settle(before: int) -> None:
    deadline = time.monotonic() + 2.0
    while threading.active_count() > before and time.monotonic() < deadline:
        time.sleep(0.01)
    assert threading.active_count() == before


THREAD_PROGRAMS = [
    ("async def w():\n    await sleep(1)\ngather(w(), w(), w())", LIMITS),
    ("async def w():\n    receive()\ngather(w(), w())", LIMITS),
    ("async def w():\n    await sleep(1)\n    frame()\nasync def x():\n    frame()\n"
     "gather(w(), x())", LIMITS),
    ("async def w():\n    await sleep(1)\n    1 / 0\ngather(w(), w())", LIMITS),
    ("async def w():\n    while True:\n        await sleep(0)\ngather(w(), w())", Limits(ops=10_000)),
    ("async def w():\n    while True:\n        await sleep(0)\ngather(w(), w())",
     Limits(time=0.2, ops=None)),
    ("async def w():\n    await sleep(5)\nasync def m():\n    await sleep(1)\n    raise KeyError(1)\n"
     "gather(m(), w(), w())", LIMITS),
    ("async def slow():\n    await sleep(10)\ntry:\n    with_timeout(1, slow())\nexcept TimeoutError:\n"
     "    pass", LIMITS),
    ("async def w():\n    while True:\n        print('x' * 10)\n        await sleep(0)\ngather(w(), w())",
     Limits(output=100)),
    ("async def w(n):\n    await sleep(n)\n    return n\nprint(gather(*[w(i) for i in range(50)]))", LIMITS),
]


@pytest.mark.parametrize("source,limits", THREAD_PROGRAMS)
def test_no_thread_left_behind(source, limits):
    before = threading.active_count()
    run(source, limits=limits)
    _threads_settle(before)


@pytest.mark.parametrize("source", [
    "async def w():\n    print('never')\nc = w()\ncancel(c)\ngather(c)",
    "async def f():\n    return run(f())\nrun(f())",
    "async def slow():\n    await sleep(10)\ntry:\n    with_timeout(1, slow())\nexcept TimeoutError:\n"
    "    pass",
])
def test_scheduler_leaves_no_host_warnings(source):
    gc.collect()  # what earlier tests left behind is not this run's doing
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        run(source, limits=LIMITS)
        gc.collect()
    assert [str(w.message) for w in caught] == []


def test_next_run_after_a_suspended_run():
    assert run("receive()").error is not None
    assert ok("async def f():\n    return 1\nprint(run(f()))") == "1\n"

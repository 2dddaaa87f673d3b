"""The worker-process pool: same results as in-process runs, and crashes become errors."""

from __future__ import annotations

import threading
import time

import pytest

import edge_python
from edge_python import Limits, WorkerPool


@pytest.fixture(scope="module")
def pool():
    with WorkerPool(workers=2, memory_mb=512, grace=0.5) as pool:
        yield pool


PROGRAMS = [
    "print(sum(range(10)))",
    "print('a' * 3)\nprint(1 / 0)",
    "x = (\n",
    "def f(n):\n    return f(n + 1)\nf(0)",
    "while True:\n    pass",
    "print(input(), input())",
]


@pytest.mark.parametrize("source", PROGRAMS)
def test_pool_matches_in_process(pool, source):
    limits = Limits(ops=100_000)
    here = edge_python.run(source, stdin=["a", "b"], limits=limits)
    there = pool.run(source, stdin=["a", "b"], limits=limits)
    assert there.stdout == here.stdout
    assert str(there.error) == str(here.error)
    if here.error is not None:
        assert (there.error.line, there.error.column) == (here.error.line, here.error.column)
        assert there.error.render() == here.error.render()


def test_a_hung_worker_is_stopped_and_replaced(pool):
    # One long C-level computation the in-process checks cannot interrupt (limits off).
    start = time.monotonic()
    result = pool.run("x = 7 ** (10 ** 8)", limits=Limits(ops=None, int_digits=None, memory=None,
                                                          time=0.3))
    assert result.error is not None and result.error.type_name == "TimeoutError"
    assert time.monotonic() - start < 10
    assert pool.run("print(6 * 7)").stdout == "42\n"


def test_a_killed_worker_becomes_an_error(pool):
    outcome = {}

    def target():
        outcome["result"] = pool.run("while True:\n    pass", limits=Limits.none())

    thread = threading.Thread(target=target)
    thread.start()
    for _ in range(100):
        time.sleep(0.05)
        busy = [w for w in _all_workers(pool) if w not in pool._idle]
        if busy:
            break
    for worker in _all_workers(pool):
        worker.process.kill()
    thread.join(timeout=20)
    result = outcome["result"]
    assert result.error is not None and "worker process died" in result.error.message
    assert pool.run("print('still here')").stdout == "still here\n"


def _all_workers(pool):
    import gc

    from edge_python.isolation import _Worker
    return [obj for obj in gc.get_objects() if isinstance(obj, _Worker)
            and obj.process.poll() is None]


def test_the_address_space_cap_holds_inside_one_c_call():
    with WorkerPool(workers=1, memory_mb=300) as small:
        result = small.run("x = bytes(2 * 10**9)\nprint(len(x))", limits=Limits.none())
        assert result.error is not None and result.error.type_name == "MemoryError"
        assert small.run("print(1)").stdout == "1\n"

"""Memoization of pure self-recursive functions: fast, and invisible to the program."""

from __future__ import annotations

import pytest

import edge_python
from edge_python import Limits
from edge_python.api import compile_source

CASES = [
    # (program, expected stdout)
    ("def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint(fib(90))",
     "2880067194370816120\n"),
    ("def f(n):\n    print('called', n)\n    return f(n - 1) if n else 0\nf(2)\nf(2)",
     "called 2\ncalled 1\ncalled 0\ncalled 2\ncalled 1\ncalled 0\n"),
    ("K = 1\ndef g(n):\n    return K if n == 0 else g(n - 1)\nprint(g(3))\nK = 2\nprint(g(3))",
     "1\n2\n"),
    ("def s(x):\n    return str(x) if x in (0, 1, True) else s(x - 1)\n"
     "print(s(1), s(True), s(1.0 if False else 1), s(2))", "1 True 1 1\n"),
    ("def t(xs, n):\n    xs.append(n)\n    return n if n == 0 else t(xs, n - 1)\nys = []\n"
     "t(ys, 3)\nt(ys, 3)\nprint(ys)", "[3, 2, 1, 0, 3, 2, 1, 0]\n"),
    ("def p(n):\n    return (n,) if n == 0 else p(n - 1) + (n,)\nprint(p(3), p(3) == p(3))",
     "(0, 1, 2, 3) True\n"),
]


@pytest.mark.parametrize("source,expected", CASES)
def test_memoization_is_invisible(source, expected):
    result = edge_python.run(source)
    assert result.error is None, result.error
    assert result.stdout == expected


def test_naive_fib_is_memoized_so_budget_is_not_spent():
    source = "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint(fib(200))"
    result = edge_python.run(source, limits=Limits(ops=10_000))
    assert result.error is None and result.stdout.startswith("280571172992510140037611932413038677189525")


@pytest.mark.parametrize("source", [
    "def f(n):\n    print(n)\n    return f(n - 1) if n else 0",
    "def f(n):\n    global X\n    return f(n - 1) if n else 0",
    "def f(n, xs):\n    xs[0] = n\n    return f(n - 1, xs) if n else 0",
    "def f(n):\n    return f(n - 1) if n else len([].copy())",
    "def f(n):\n    return n",  # pure, but not recursive: nothing to gain
    "@dec\ndef f(n):\n    return f(n - 1) if n else 0",
])
def test_impure_or_non_recursive_functions_are_not_memoized(source):
    assert compile_source(source).memo_tables == ()


def test_a_table_whose_calls_cannot_be_remembered_gives_up():
    from edge_python.runtime import memo

    table = memo.Table()
    tree = ((((1, 2), (3, 4)), ((5, 6), (7, 8))), (((9, 10), (11, 12)), ((13, 14), (15, 16))))
    for _ in range(memo.GIVE_UP):
        assert table.live
        assert memo.key(table, tree) is None
    assert not table.live  # guarded code stops consulting it
    fresh = memo.Table()
    assert memo.key(fresh, 5) == ((int, 5),)
    memo.put(fresh, memo.key(fresh, 5), [1])  # a mutable result is never stored
    assert len(fresh) == 0 and fresh.refused == 1


def test_tree_walks_are_right_after_the_memo_gives_up():
    source = """
def make(d):
    return (None, None) if d == 0 else (make(d - 1), make(d - 1))
def count(node):
    left, right = node
    return 1 if left is None else 1 + count(left) + count(right)
print([count(make(d)) for d in range(12)])
"""
    result = edge_python.run(source)
    assert result.error is None
    assert result.stdout == str([2 ** (d + 1) - 1 for d in range(12)]) + "\n"

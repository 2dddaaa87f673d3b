"""Values as a program sees them: deterministic reprs, ids and hashes; ordered sets; honest types.

- reprs of functions, classes, instances, generators and builtins show no host memory address:
  ``id()`` is a per-run counter, and a repr's address is that id;
- ``hash()`` of str/bytes/tuples does not depend on the host's hash seed;
- ``set``/``frozenset`` iterate in insertion order and otherwise behave like CPython's;
- ``type()`` answers what CPython would, and the types of host objects cannot be called.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import edge_python
from edge_python import Limits, run

SRC = str(Path(edge_python.__file__).resolve().parent.parent)
HEX = re.compile(r"0x[0-9a-fA-F]+")


def out(source: str, **kwargs) -> str:
    result = run(source, limits=Limits(time=10.0), **kwargs)
    assert result.error is None, result.error.render()
    return result.stdout


def error_of(source: str) -> str | None:
    err = run(source, limits=Limits(time=10.0)).error
    return str(err) if err is not None else None


# -- reprs and ids ---------------------------------------------------------------------------------
REPR_PROGRAM = """
def f():
    pass
class C:
    def m(self):
        pass
def g():
    yield 1
async def co():
    return 1
c = C()
gen = g()
k = co()
print(repr(f))
print(repr(lambda: 0))
print(repr(C))
print(repr(c))
print(repr(c.m))
print(repr(gen))
print(repr(k))
print(repr(object()))
print(repr([].append), repr('x'.join), repr({}.get))
print(repr(len), repr(print), repr(input), repr(run), repr(sleep))
print(repr(iter([])), repr(iter({})), repr(map(str, [])), repr(zip()), repr(enumerate([])))
print(repr(property(lambda s: 1)), repr(ValueError('x')))
print(id(f), id(c), id(C), id(gen), id(len))
print(hash(f) == hash(f), hash(c) == hash(c))
run(k)
"""


def test_reprs_show_no_host_addresses():
    text = out(REPR_PROGRAM)
    for address in HEX.findall(text):
        assert int(address, 16) < 1 << 24, f"{address} looks like a host address:\n{text}"
    for number in re.findall(r"\b\d{9,}\b", text):
        assert int(number) < 1 << 24, f"{number} looks like a host id:\n{text}"


def test_reprs_are_the_same_on_every_run():
    first = out(REPR_PROGRAM)
    assert out(REPR_PROGRAM) == first
    assert out("x = [1, 2]\n" + REPR_PROGRAM) != ""  # other programs do not disturb the counter
    assert out(REPR_PROGRAM) == first


def test_reprs_have_cpython_shapes():
    lines = out(REPR_PROGRAM).splitlines()
    assert re.fullmatch(r"<function f at 0x[0-9a-f]+>", lines[0])
    assert re.fullmatch(r"<function <lambda> at 0x[0-9a-f]+>", lines[1])
    assert lines[2] == "<class '__main__.C'>"
    assert re.fullmatch(r"<__main__\.C object at 0x[0-9a-f]+>", lines[3])
    assert re.fullmatch(r"<bound method C\.m of <__main__\.C object at 0x[0-9a-f]+>>", lines[4])
    assert re.fullmatch(r"<generator object g at 0x[0-9a-f]+>", lines[5])
    assert re.fullmatch(r"<coroutine object co at 0x[0-9a-f]+>", lines[6])
    assert re.fullmatch(r"<object object at 0x[0-9a-f]+>", lines[7])
    assert lines[9] == ("<built-in function len> <built-in function print> <built-in function input> "
                        "<built-in function run> <built-in function sleep>")


def test_repr_address_is_the_id():
    source = ("def f():\n    pass\nclass C:\n    pass\nc = C()\n"
              "print(repr(f) == '<function f at ' + hex(id(f)) + '>')\n"
              "print(repr(c) == '<__main__.C object at ' + hex(id(c)) + '>')")
    assert out(source) == "True\nTrue\n"


def test_ids_are_a_per_run_counter():
    source = ("a = object()\nb = object()\nc = [a, b]\n"
              "print(id(a) == id(a), id(a) != id(b), id(c) != id(a))\n"
              "print(id(a), id(b), id(c))")
    first = out(source)
    assert first.splitlines()[0] == "True True True"
    for _ in range(3):
        assert out(source) == first
    values = [int(v) for v in first.splitlines()[1].split()]
    assert all(0 < v < 1 << 24 for v in values)


def test_id_is_stable_for_live_objects():
    source = "xs = []\nfor i in range(50):\n    xs.append([i])\nids = [id(x) for x in xs]\n" \
             "print(len(set(ids)), ids == [id(x) for x in xs])"
    assert out(source) == "50 True\n"


def test_ids_identical_across_processes():
    source = "class A:\n    pass\nprint(id(A()), id(A), id(print), repr(A()))"
    results = {_child(source, seed) for seed in ("0", "12345")}
    assert len(results) == 1


def test_builtin_reprs_match_cpython():
    source = ("print(repr(list.append))\nprint(repr(str.lower))\nprint(repr(int))\n"
              "print(repr(len))\nprint(repr(ValueError))\nprint(repr(None), repr(...))")
    expected = ("<method 'append' of 'list' objects>\n<method 'lower' of 'str' objects>\n"
                "<class 'int'>\n<built-in function len>\n<class 'ValueError'>\nNone Ellipsis\n")
    assert out(source) == expected


# -- hashes ------------------------------------------------------------------------------------------
HASH_PROGRAM = """
print(hash('abc'), hash(''), hash('é'), hash(b'xy'), hash(b''))
print(hash(('a', 1, (b'z', None))), hash(()), hash(frozenset({'a', 'b'})))
print(hash(1), hash(-1), hash(2.5), hash(True), hash(None))
print(list({'q', 'w', 'e', 'r', 't', 'y'}), {'k' + str(i) for i in range(8)})
d = {}
for w in ['pear', 'apple', 'fig']:
    d[w] = len(w)
print(d, set(d), frozenset(['z', 'a']))
"""

_HASH_CHILD = r"""
import json, sys
import edge_python
result = edge_python.run(sys.argv[1])
print(json.dumps([result.stdout, str(result.error) if result.error else None]))
"""


def _child(source: str, seed: str) -> str:
    env = dict(os.environ, PYTHONPATH=SRC, PYTHONHASHSEED=seed)
    proc = subprocess.run([sys.executable, "-c", _HASH_CHILD, source], capture_output=True,
                          text=True, timeout=60, env=env)
    assert proc.returncode == 0, proc.stderr[-2000:]
    stdout, error = json.loads(proc.stdout.strip().splitlines()[-1])
    assert error is None, error
    return stdout


def test_hashes_do_not_depend_on_the_hash_seed():
    first = _child(HASH_PROGRAM, "0")
    assert _child(HASH_PROGRAM, "12345") == first
    assert out(HASH_PROGRAM) == first  # and the same in this process, whatever its seed


def test_hash_of_numbers_is_cpythons():
    source = "print(hash(1), hash(-1), hash(2**61), hash(1.5), hash(True), hash(0.0) == hash(0))"
    assert out(source) == f"{hash(1)} {hash(-1)} {hash(2**61)} {hash(1.5)} {hash(True)} True\n"


def test_hash_agrees_with_equality():
    source = ("print(hash(1) == hash(1.0) == hash(True), hash((1, 'a')) == hash((1.0, 'a')))\n"
              "print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash('ab') == hash('a' + 'b'))\n"
              "print({1: 'x'}[1.0], {(1, 'a'): 2}[(True, 'a')], {'a' + 'b': 3}['ab'])")
    assert out(source) == "True True\nTrue True\nx 2 3\n"


def test_unhashable_values():
    assert error_of("hash([])") == "TypeError: unhashable type: 'list'"
    assert error_of("hash({})") == "TypeError: unhashable type: 'dict'"
    assert error_of("hash(set())") == "TypeError: unhashable type: 'set'"
    assert error_of("{[1]}").startswith("TypeError: unhashable type")


# -- sets ------------------------------------------------------------------------------------------
def test_sets_iterate_in_insertion_order():
    source = ("print({'q', 'w', 'e', 'r'})\nprint(list(set('hello')))\nprint({3, 1, 2} | {0, 1})\n"
              "s = {3, 1, 2}\ns.discard(1)\ns.add(1)\nprint(s)\n"
              "print(frozenset(['z', 'y', 'x']))\nprint(set([30, 10, 20]) - {10})\n"
              "print([x for x in {'b', 'a', 'c'}])\nprint({'b': 1, 'a': 2}.keys() & {'a', 'b'})")
    assert out(source) == ("{'q', 'w', 'e', 'r'}\n['h', 'e', 'l', 'o']\n{3, 1, 2, 0}\n{3, 2, 1}\n"
                           "frozenset({'z', 'y', 'x'})\n{30, 20}\n['b', 'a', 'c']\n{'b', 'a'}\n")


SET_SETUP = """
a = {1, 2, 3, 4}
b = {3, 4, 5}
c = {4, 6}
fa = frozenset(a)
fb = frozenset(b)
e = set()
d = {1: 'x', 3: 'y', 7: 'z'}
def norm(v):
    if isinstance(v, (set, frozenset)):
        return (type(v).__name__, sorted(v, key=repr))
    if type(v) is bool:
        return v
    return v
"""

SET_EXPRESSIONS = """
a | b
a & b
a - b
a ^ b
a | b | c
a.union(b, c)
a.intersection(b, c)
a.difference(b, c)
a.symmetric_difference(b)
a.union([9, 9, 8])
a.intersection(range(3))
a <= b
a < a | b
a >= {1}
a > a
a == {4, 3, 2, 1}
a != b
a.issubset(a | b)
a.issuperset([1, 2])
a.isdisjoint({9})
a.isdisjoint(b)
len(a ^ b)
3 in a
9 not in a
fa | b
b | fa
fa & fb
fa - b
fa ^ fb
fa == a
e == frozenset()
set() == {}
bool(e)
len(fa)
fa.union([0])
fa.copy() == fa
frozenset({fa, fb}) == frozenset({fb, fa})
{fa: 1}[frozenset(a)]
{1, 1.0, True}
{0, False, 0.0}
set('mississippi')
frozenset('aab') | set('bcc')
d.keys() | {9}
d.keys() & {1, 7, 8}
d.keys() - {1}
d.keys() ^ {1, 100}
{1, 3} == d.keys() - {7}
set(d) == d.keys()
set(d.items()) & {(1, 'x'), (2, 'q')}
sorted(a | b)
min(a), max(b), sum(c)
{x * 2 for x in a}
set(x for x in range(5) if x % 2)
a.copy() is not a
{1, 2} == [1, 2]
{(1, 2), (1, 2)}
len({'a', 'b'} | set('ba'))
set([1, 2]) < set([1, 2, 3])
""".strip().splitlines()

SET_STATEMENTS = [
    "x = set(a)\nx |= b\nv = x",
    "x = set(a)\nx &= b\nv = x",
    "x = set(a)\nx -= b\nv = x",
    "x = set(a)\nx ^= b\nv = x",
    "x = set(a)\nx.update([7], (8,))\nv = x",
    "x = set(a)\nx.intersection_update(b)\nv = x",
    "x = set(a)\nx.difference_update(b, c)\nv = x",
    "x = set(a)\nx.symmetric_difference_update(b)\nv = x",
    "x = set(a)\nx.add(0)\nx.add(1)\nv = x",
    "x = set(a)\nx.discard(99)\nx.discard(1)\nv = x",
    "x = set(a)\nx.remove(2)\nv = x",
    "x = set(a)\nx.remove(99)\nv = x",
    "x = set(a)\ny = x.pop()\nv = (y in a, len(x))",
    "x = set()\nx.pop()\nv = x",
    "x = set(a)\nx.clear()\nv = x",
    "y = fa\ny |= b\nv = (y, fa, y is fa)",
    "x = a\nx |= {10}\nv = (x is a, a)",
    "v = a | [1]",
    "v = a + b",
    "v = fa.add",
    "v = a[0]",
    "v = {[1]}",
    "v = set(5)",
    "v = a < [1]",
]


def _program_for(body: str) -> str:
    lines = body.split("\n")
    indented = "\n".join("    " + line for line in lines)
    return (SET_SETUP + "try:\n" + indented + "\n    print(repr(norm(v)))\n"
            "except Exception as exc:\n    print(type(exc).__name__)\n")


def _cpython(source: str) -> str:
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        exec(compile(source, "<oracle>", "exec"), {"__name__": "__main__"})  # noqa: S102 - oracle
    return buffer.getvalue()


SET_CASES = [f"v = {e}" for e in SET_EXPRESSIONS] + SET_STATEMENTS


@pytest.mark.parametrize("body", SET_CASES)
def test_set_operation_matches_cpython(body):
    source = _program_for(body)
    assert out(source) == _cpython(source), body


def test_set_result_types():
    source = ("print(type({1} | {2}) is set, type(frozenset() | {1}) is frozenset)\n"
              "print(type({1: 0}.keys() | {2}) is set, type(set()) is set)\n"
              "print(isinstance(set(), set), isinstance(frozenset(), frozenset))\n"
              "print(isinstance(frozenset(), set), isinstance(set(), frozenset))")
    assert out(source) == "True True\nTrue True\nTrue True\nFalse False\n"


def test_set_reprs():
    source = ("print(set(), frozenset(), {1}, frozenset({1}), {(1, 'a')}, {None})\n"
              "print({1: 0}.keys() | {2}, set([frozenset([1])]))\n"
              "class S(set):\n    pass\nprint(S([1, 2]))")
    assert out(source) == ("set() frozenset() {1} frozenset({1}) {(1, 'a')} {None}\n"
                           "{1, 2} {frozenset({1})}\nS({1, 2})\n")


def test_set_is_not_a_dict():
    source = ("print(isinstance(set(), dict), isinstance(frozenset(), dict))\n"
              "print(issubclass(set, dict), issubclass(frozenset, dict))\n"
              "print(isinstance({}, dict), hasattr(set(), 'keys'), hasattr(set(), 'items'))")
    assert out(source) == "False False\nFalse False\nTrue False False\n"


@pytest.mark.parametrize("source,expected", [
    ("{1}.keys()", "AttributeError: 'set' object has no attribute 'keys'"),
    ("{1}.get(1)", "AttributeError: 'set' object has no attribute 'get'"),
    ("{1}.items()", "AttributeError: 'set' object has no attribute 'items'"),
    ("frozenset({1}).values()", "AttributeError: 'frozenset' object has no attribute 'values'"),
    ("{1}[1]", "TypeError: 'set' object is not subscriptable"),
    ("x = {1}\nx[1] = 2", "TypeError: 'set' object does not support item assignment"),
    ("reversed({1})", "TypeError: 'set' object is not reversible"),
    ("dict.get({1}, 1)", None),
    ("dict.keys({1})", None),
])
def test_dict_methods_do_not_apply_to_sets(source, expected):
    got = error_of(source)
    if expected is None:
        assert got is not None and got.startswith("TypeError"), got
    else:
        assert got == expected


# -- types -----------------------------------------------------------------------------------------
TYPE_CHECKS = [
    "type(1) is int", "type(True) is bool", "type(1.5) is float", "type(1j) is complex",
    "type('') is str", "type(b'') is bytes", "type([]) is list", "type(()) is tuple",
    "type({}) is dict", "type(set()) is set", "type({1}) is set", "type(frozenset()) is frozenset",
    "type(range(3)) is range", "type(None) is type(None)", "type(int) is type",
    "type(type) is type", "type([].copy()) is list", "type(str(1)) is str",
    "type(list(range(3))) is list", "type(dict(a=1)) is dict", "type(tuple([1])) is tuple",
    "type({1: 2}.copy()) is dict", "type('a' * 3) is str", "type([1] + [2]) is list",
    "type(sorted([2, 1])) is list", "isinstance([], list)", "isinstance('x', str)",
    "isinstance({}, dict)", "isinstance(1, (str, int))", "issubclass(bool, int)",
    "not isinstance(set(), dict)", "not isinstance([], tuple)", "type(object()) is object",
    "isinstance(1, object)", "type(len) is type(print)", "type(ValueError()) is ValueError",
]


@pytest.mark.parametrize("check", TYPE_CHECKS)
def test_type_checks(check):
    assert out(f"print({check})") == "True\n"


def test_type_names_print_like_cpython():
    source = ("def f():\n    pass\ndef g():\n    yield 1\nclass C:\n    def m(self):\n        pass\n"
              "print(type(f))\nprint(type(print))\nprint(type(len))\nprint(type(g()))\n"
              "print(type(C().m))\nprint(type([].append))\nprint(type('x'.join))\n"
              "print(type(C))\nprint(type(C()))\nprint(type(None))\nprint(type(iter([])))")
    assert out(source) == ("<class 'function'>\n<class 'builtin_function_or_method'>\n"
                           "<class 'builtin_function_or_method'>\n<class 'generator'>\n"
                           "<class 'method'>\n<class 'builtin_function_or_method'>\n"
                           "<class 'builtin_function_or_method'>\n<class 'type'>\n"
                           "<class '__main__.C'>\n<class 'NoneType'>\n<class 'list_iterator'>\n")


def test_type_of_builtin_does_not_depend_on_earlier_runs():
    expected = "<class 'builtin_function_or_method'>\n"
    out("def f():\n    pass\nprint(type(f))")
    assert out("print(type(print))") == expected
    assert out("def f():\n    pass\nprint(type(f), type(print))") == \
        "<class 'function'> <class 'builtin_function_or_method'>\n"


@pytest.mark.parametrize("source", [
    "def f():\n    pass\ntype(f)(1)",
    "def f():\n    pass\ntype(f)(f.__code__, {})",
    "type(print)()",
    "type(len)('x')",
    "def g():\n    yield\ntype(g())()",
    "class C:\n    def m(self):\n        pass\ntype(C().m)(print, 1)",
    "type([].append)()",
    "type(iter([]))([])",
    "type(type)('X', (), {})",
    "type('X', (), {})",
    "type(lambda: 0)(None, None)",
])
def test_host_types_cannot_be_called(source):
    err = run(source).error
    assert err is not None
    assert err.type_name in ("TypeError", "AttributeError"), str(err)


def test_builtin_types_still_construct():
    source = ("print(list('ab'), tuple([1]), dict(a=1), str(5), bytes(2), set([1]), frozenset([2]))\n"
              "print(int('7'), float('1.5'), bool(0), type(1)('8'), type('')(9), type([])((1, 2)))")
    assert out(source) == ("['a', 'b'] (1,) {'a': 1} 5 b'\\x00\\x00' {1} frozenset({2})\n"
                           "7 1.5 False 8 9 [1, 2]\n")


def test_program_classes_are_real_classes():
    source = ("class A:\n    pass\nclass B(A):\n    pass\nb = B()\n"
              "print(type(b) is B, isinstance(b, A), issubclass(B, A), type(B) is type)\n"
              "print(B.__name__, B.__mro__)")
    assert out(source) == ("True True True True\n"
                           "B (<class '__main__.B'>, <class '__main__.A'>, <class 'object'>)\n")

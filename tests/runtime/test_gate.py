"""The attribute gate: what a program may read, write and define, as tables of programs.

Allowed access must behave as in CPython; disallowed access must fail as if the attribute did not
exist (``AttributeError: ... has no attribute ...``), whether spelled ``o.name``, ``getattr``,
``hasattr``, ``vars`` or a ``str.format`` field.
"""

from __future__ import annotations

import pytest

from edge_python import Limits, run

LIMITS = Limits(ops=1_000_000, time=5.0)


def outcome(source: str) -> tuple[str, str | None]:
    result = run(source, limits=LIMITS)
    return result.stdout, (str(result.error) if result.error is not None else None)


# -- allowed ---------------------------------------------------------------------------------------
ALLOWED = [
    # str
    ("print('a,b'.split(','), 'ab'.upper(), ' x '.strip(), 'abc'.find('c'), 'abc'.index('b'))",
     "['a', 'b'] AB x 2 1\n"),
    ("print('x'.join(['a', 'b']), 'ab'.center(6, '*'), 'a{}'.format(1), 'ab'.replace('a', 'z'))",
     "axb **ab** a1 zb\n"),
    ("print('a'.zfill(3), 'a\\tb'.expandtabs(2), 'ab'.encode(), 'abc'.startswith('a'), 'X'.lower())",
     "00a a b b'ab' True x\n"),
    ("print('a b'.title(), 'ab'.rjust(4, '.'), 'ab'.ljust(4, '.'), 'aXa'.count('a'), 'ab'.isalpha())",
     "A B ..ab ab.. 2 True\n"),
    ("print('ab'.partition('a'), 'a\\nb'.splitlines(), 'abc'.removeprefix('a'), "
     "'{x}'.format_map({'x': 1}))", "('', 'a', 'b') ['a', 'b'] bc 1\n"),
    ("print('abc'.translate({97: 'A'}), str.maketrans('a', 'b'), 'ab'.swapcase(), 'x'.isidentifier())",
     "Abc {97: 98} AB True\n"),
    # bytes
    ("print(b'ab'.hex(), b'a,b'.split(b','), b'ab'.decode(), b'x'.join([b'a', b'b']), b'ab'.upper())",
     "6162 [b'a', b'b'] ab b'axb' b'AB'\n"),
    ("print(bytes.fromhex('6162'), b'abc'.find(b'c'), b'ab'.replace(b'a', b'z'), b'a'.center(3))",
     "b'ab' 2 b'zb' b' a '\n"),
    # list, tuple, dict
    ("xs = [3, 1, 2]\nxs.append(4)\nxs.sort()\nxs.extend([5])\nxs.insert(0, 0)\nxs.remove(5)\n"
     "print(xs.index(2), xs.count(1), xs.pop(), xs.copy(), xs)",
     "2 1 4 [0, 1, 2, 3] [0, 1, 2, 3]\n"),
    ("xs = [1, 2]\nxs.reverse()\nys = xs.copy()\nxs.clear()\nprint(xs, ys)", "[] [2, 1]\n"),
    ("print((1, 2, 2).count(2), (1, 2).index(2))", "2 1\n"),
    ("d = {'a': 1}\nd.update(b=2)\nprint(d.get('a'), list(d.keys()), list(d.values()), "
     "list(d.items()), d.setdefault('c', 3), d.pop('a'), d, dict.fromkeys('ab', 0))",
     "1 ['a', 'b'] [1, 2] [('a', 1), ('b', 2)] 3 1 {'b': 2, 'c': 3} {'a': 0, 'b': 0}\n"),
    ("d = {'a': 1}\nprint(d.popitem(), d, d.copy() == d)", "('a', 1) {} True\n"),
    # sets
    ("s = {1, 2}\ns.add(3)\ns.discard(1)\nprint(s, s.union({9}), s.intersection({2}), "
     "s.issubset({2, 3, 4}), frozenset({1}).union({2}))",
     "{2, 3} {2, 3, 9} {2} True frozenset({1, 2})\n"),
    # numbers, ranges, slices
    ("print((10).bit_length(), (5).to_bytes(2, 'big'), int.from_bytes(b'\\x01\\x00', 'big'), "
     "(3).real, (1.5).is_integer(), (0.5).as_integer_ratio())",
     "4 b'\\x00\\x05' 256 3 False (1, 2)\n"),
    ("print(1.5.hex(), float.fromhex('0x1.8p+0'), (1+2j).imag, (3).conjugate(), (7).numerator)",
     "0x1.8000000000000p+0 1.5 2.0 3 7\n"),
    ("print(range(1, 10, 2).start, range(1, 10, 2).stop, range(5).index(3), range(5).count(1), "
     "slice(1, 5, 2).indices(3))", "1 10 3 1 (1, 3, 2)\n"),
    # user classes
    ("class A:\n    x = 1\n    def __init__(self):\n        self.y = 2\n    def m(self):\n"
     "        return self.x + self.y\na = A()\nprint(a.x, a.y, a.m(), A.x, a.__dict__, A.m(a))",
     "1 2 3 1 {'y': 2} 3\n"),
    ("class A:\n    @property\n    def p(self):\n        return 5\n    @p.setter\n    def p(self, v):\n"
     "        self._v = v\na = A()\na.p = 3\nprint(a.p, a._v, type(A.p).__name__)", "5 3 property\n"),
    ("class A:\n    @classmethod\n    def c(cls):\n        return cls.__name__\n    @staticmethod\n"
     "    def s(x):\n        return x * 2\nclass B(A):\n    pass\nprint(A.c(), A().c(), B.c(), A.s(2), "
     "A().s(3))", "A A B 4 6\n"),
    ("class A:\n    def m(self):\n        return 'A'\nclass B(A):\n    def m(self):\n"
     "        return 'B' + super().m()\nprint(B().m(), B.__mro__, B.__bases__)",
     "BA (<class '__main__.B'>, <class '__main__.A'>, <class 'object'>) (<class '__main__.A'>,)\n"),
    ("class A:\n    def __init__(self, v):\n        self.v = v\nclass B(A):\n    def __init__(self):\n"
     "        super().__init__(7)\nprint(B().v)", "7\n"),
    ("def f():\n    '''doc'''\nclass C:\n    '''cdoc'''\n    class D:\n        pass\n"
     "    def m(self):\n        pass\n"
     "print(f.__name__, f.__qualname__, f.__doc__, C.__doc__, C.D.__qualname__, C.__name__, "
     "C.m.__qualname__, C().m.__name__)", "f f doc cdoc C.D C C.m m\n"),
    ("def outer():\n    def inner():\n        pass\n    return inner\nprint(outer().__qualname__, "
     "(lambda: 0).__name__)", "outer.<locals>.inner <lambda>\n"),
    ("print(len.__name__, print.__name__, [].append.__name__, ValueError.__name__, int.__name__)",
     "len print append ValueError int\n"),
    ("print(str.upper.__name__, list.append.__name__)", "upper append\n"),
    ("print(list.__mro__, tuple.__bases__, bool.__mro__, int.__bases__)",
     "(<class 'list'>, <class 'object'>) (<class 'object'>,) "
     "(<class 'bool'>, <class 'int'>, <class 'object'>) (<class 'object'>,)\n"),
    ("print(str.__base__, ValueError.__mro__[1], KeyError.__bases__)",
     "<class 'object'> <class 'Exception'> (<class 'LookupError'>,)\n"),
    ("class C:\n    pass\nprint(C().__class__, (1).__class__, 'x'.__class__, [].__class__ is list, "
     "C().__class__ is C, C.__class__)",
     "<class '__main__.C'> <class 'int'> <class 'str'> True True <class 'type'>\n"),
    ("class A:\n    def __init__(self):\n        self.v = 1\nprint(vars(A()), getattr(A(), 'v'), "
     "hasattr(A(), 'w'), getattr(A(), 'w', 9))", "{'v': 1} 1 False 9\n"),
    ("class A:\n    pass\na = A()\nsetattr(a, 'q', 4)\nprint(a.q)\ndelattr(a, 'q')\nprint(hasattr(a, 'q'))",
     "4\nFalse\n"),
    ("class A:\n    pass\nA.k = 5\nprint(A.k, A().k)\ndel A.k\nprint(hasattr(A, 'k'))", "5 5\nFalse\n"),
    ("def f(a, b=2):\n    pass\nf.tag = 1\nprint(f.__defaults__, f.tag, f.__dict__, f.__module__)",
     "(2,) 1 {'tag': 1} __main__\n"),
    ("class C:\n    def __init__(self):\n        self.a = 1\nc = C()\nc.__dict__['b'] = 2\nprint(c.b, "
     "sorted(c.__dict__))", "2 ['a', 'b']\n"),
    ("class C:\n    def __eq__(self, o):\n        return True\n    def __len__(self):\n        return 3\n"
     "print(C() == 1, C().__eq__(2), len(C()), C().__len__())", "True True 3 3\n"),
    ("class L(list):\n    def total(self):\n        return sum(self)\nl = L([1, 2])\nl.append(3)\n"
     "print(l.total(), l, l.count(1))", "6 [1, 2, 3] 1\n"),
    # exceptions
    ("try:\n    raise ValueError('a', 2)\nexcept ValueError as e:\n    print(e.args)", "('a', 2)\n"),
    ("try:\n    try:\n        1/0\n    except ZeroDivisionError as e:\n        raise ValueError('v') from e\n"
     "except ValueError as e:\n    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)",
     "ZeroDivisionError('division by zero') ZeroDivisionError('division by zero') True\n"),
    ("try:\n    try:\n        1/0\n    except ZeroDivisionError:\n        raise KeyError('k')\n"
     "except KeyError as e:\n    print(repr(e.__context__), e.__cause__)",
     "ZeroDivisionError('division by zero') None\n"),
    ("class E(Exception):\n    def __init__(self, c):\n        super().__init__('msg')\n"
     "        self.c = c\ntry:\n    raise E(3)\nexcept E as e:\n"
     "    print(e.args, e.c, str(e), e.__class__.__name__)",
     "('msg',) 3 msg E\n"),
    ("print(KeyError('x').args, StopIteration(5).value, (1).__add__(2), 'a'.__len__(), "
     "[1].__contains__(1), (2).__mul__(3))", "('x',) 5 3 1 True 6\n"),
    ("e = ValueError('x')\nprint(e.with_traceback(None) is e)", "True\n"),
    ("try:\n    {}['k']\nexcept LookupError as e:\n    print(type(e).__name__, e.args)", "KeyError ('k',)\n"),
    # generators
    ("def g():\n    yield 1\n    yield 2\nx = g()\nprint(next(x), x.send(None))", "1 2\n"),
    ("def g():\n    yield 1\nx = g()\nprint(x.__name__, x.__qualname__)", "g g\n"),
    ("def g():\n    try:\n        yield 1\n    finally:\n        print('closed')\nx = g()\nnext(x)\n"
     "x.close()", "closed\n"),
]


@pytest.mark.parametrize("source,expected", ALLOWED)
def test_allowed_access(source, expected):
    stdout, error = outcome(source)
    assert error is None, error
    assert stdout == expected


# -- refused ---------------------------------------------------------------------------------------
BUILTIN = "builtin_function_or_method"


def missing(type_name: str, name: str) -> str:
    if type_name == BUILTIN:  # how runtime functions are named is test_values' business
        return f"AttributeError: '*' object has no attribute '{name}'"
    return f"AttributeError: '{type_name}' object has no attribute '{name}'"


def missing_on_type(type_name: str, name: str) -> str:
    return f"AttributeError: type object '{type_name}' has no attribute '{name}'"


F = "def f():\n    pass\n"
G = "def g():\n    yield 1\n"
CO = "async def c():\n    pass\nk = c()\nk.close()\n"
CATCH = "try:\n    1/0\nexcept Exception as e:\n    err = e\n"

REFUSED = [
    (F + "f.__globals__", missing("function", "__globals__")),
    (F + "print(f.__code__)", missing("function", "__code__")),
    ("def f():\n    x = 1\n    def g():\n        return x\n    return g\nf().__closure__",
     missing("function", "__closure__")),
    # the name cannot even be spelled: a compile error, whatever it is attached to
    (F + "f.__builtins__", "NameError: '__builtins__' is not available in Edge Python"),
    (F + "getattr(f, '__builtins__')", missing("function", "__builtins__")),
    (F + "f.__call__.__globals__", missing("function", "__globals__")),
    (F + "getattr(f, '__globals__')", missing("function", "__globals__")),
    (F + "getattr(f, '__glob' + 'als__')", missing("function", "__globals__")),
    ("(lambda: 0).__code__", missing("function", "__code__")),
    ("print.__globals__", missing(BUILTIN, "__globals__")),
    ("print.__code__", missing(BUILTIN, "__code__")),
    ("input.__closure__", missing(BUILTIN, "__closure__")),
    ("run.__globals__", missing(BUILTIN, "__globals__")),
    ("sleep.__globals__", missing(BUILTIN, "__globals__")),
    ("getattr(print, '__code__')", missing(BUILTIN, "__code__")),
    ("print.__dict__", missing(BUILTIN, "__dict__")),
    ("print.__wrapped__", missing(BUILTIN, "__wrapped__")),
    ("len.__self__", missing(BUILTIN, "__self__")),
    ("print.__self__", missing(BUILTIN, "__self__")),
    ("[].append.__self__", missing(BUILTIN, "__self__")),
    ("'x'.join.__self__", missing(BUILTIN, "__self__")),
    ("str.join.__self__", missing(BUILTIN, "__self__")),
    ("list.append.__self__", missing(BUILTIN, "__self__")),
    ("object.__subclasses__()", missing_on_type("object", "__subclasses__")),
    ("int.__subclasses__()", missing_on_type("int", "__subclasses__")),
    ("type.__subclasses__(object)", missing_on_type("type", "__subclasses__")),
    ("().__class__.__bases__[0].__subclasses__()", missing_on_type("object", "__subclasses__")),
    ("class A:\n    pass\nA.__bases__[0].__subclasses__()", missing_on_type("object", "__subclasses__")),
    ("class A:\n    pass\nA.__subclasses__()", missing_on_type("A", "__subclasses__")),
    ("int.mro()", missing_on_type("int", "mro")),
    ("str.mro()", missing_on_type("str", "mro")),
    ("int.__dict__", missing_on_type("int", "__dict__")),
    ("str.__dict__['lower']", missing_on_type("str", "__dict__")),
    ("object.__dict__", missing_on_type("object", "__dict__")),
    ("type.__dict__", missing_on_type("type", "__dict__")),
    ("[].__class__.__dict__", missing_on_type("list", "__dict__")),
    (G + "g().gi_frame", missing("generator", "gi_frame")),
    (G + "g().gi_code", missing("generator", "gi_code")),
    (G + "g().gi_frame.f_back", missing("generator", "gi_frame")),
    (G + "g().gi_yieldfrom", missing("generator", "gi_yieldfrom")),
    (CO + "k.cr_frame", missing("coroutine", "cr_frame")),
    (CO + "k.cr_code", missing("coroutine", "cr_code")),
    (CO + "k.cr_await", missing("coroutine", "cr_await")),
    ("async def a():\n    yield 1\na().ag_frame", missing("async_generator", "ag_frame")),
    (CATCH + "err.__traceback__", missing("ZeroDivisionError", "__traceback__")),
    (CATCH + "err.__traceback__.tb_frame", missing("ZeroDivisionError", "__traceback__")),
    (CATCH + "getattr(err, '__traceback__')", missing("ZeroDivisionError", "__traceback__")),
    ("(1).__reduce__()", missing("int", "__reduce__")),
    ("(1).__reduce_ex__(2)", missing("int", "__reduce_ex__")),
    ("[].__reduce_ex__(2)", missing("list", "__reduce_ex__")),
    ("class A:\n    pass\nA().__reduce_ex__(2)", missing("A", "__reduce_ex__")),
    ("class A:\n    pass\nA().__reduce__()", missing("A", "__reduce__")),
    ("iter([]).__reduce__()", missing("list_iterator", "__reduce__")),
    ("'{0.__globals__}'.format(lambda: 1)", missing("function", "__globals__")),
    ("'{0.__class__.__base__.__subclasses__}'.format(1)", missing_on_type("object", "__subclasses__")),
    ("'{x.__globals__}'.format_map({'x': print})", missing(BUILTIN, "__globals__")),
    ("'{0.__self__}'.format(len)", missing(BUILTIN, "__self__")),
    (F + "x = f'{f.__globals__}'", missing("function", "__globals__")),
    ("x = f'{len.__self__}'", missing(BUILTIN, "__self__")),
    ("vars(len)", "TypeError: vars() argument must have __dict__ attribute"),
    ("vars(print)", "TypeError: vars() argument must have __dict__ attribute"),
    ("vars(1)", "TypeError: vars() argument must have __dict__ attribute"),
    ("print(__builtins__)", None),
    ("class A:\n    def __del__(self):\n        pass", None),
    ("class A:\n    def __getattribute__(self, name):\n        return 1", None),
    ("class A:\n    __subclasses__ = 1", None),
    ("class A:\n    pass\nA.__del__ = lambda self: None", None),
    ("class A:\n    pass\nsetattr(A, '__del__', print)", None),
    ("class A:\n    pass\nA.__class__ = int", None),
    ("class A:\n    pass\na = A()\na.__class__ = int", None),
    ("object.__getattribute__(len, '__globals__')", None),
    ("object.__setattr__(len, 'x', 1)", None),
    ("object.__setattr__(print, '__code__', None)", None),
]


@pytest.mark.parametrize("source,expected", REFUSED)
def test_refused_access(source, expected):
    stdout, error = outcome(source)
    assert error is not None, f"allowed: {stdout!r}"
    if expected is None:
        assert error.split(":")[0] in ("AttributeError", "TypeError", "NameError"), error
    elif "'*'" in expected:
        head, tail = expected.split("'*'")
        assert error.startswith(head) and error.endswith(tail), error
    else:
        assert error == expected


@pytest.mark.parametrize("name", ["__globals__", "__code__", "__closure__", "__builtins__", "__dict__"])
def test_hasattr_answers_false_for_refused_names(name):
    stdout, error = outcome(f"print(hasattr(print, '{name}'), hasattr(len, '{name}'))")
    assert error is None
    assert stdout == "False False\n"


def test_hasattr_on_program_function():
    source = F + ("print(hasattr(f, '__code__'), hasattr(f, '__globals__'), hasattr(f, '__name__'), "
                  "hasattr(f, '__defaults__'))")
    assert outcome(source) == ("False False True True\n", None)


def test_format_field_walks_go_through_the_gate():
    source = "print('{0.__class__}'.format(1), '{0.real}'.format(5), '{0[0]}'.format([7]))"
    assert outcome(source) == ("<class 'int'> 5 7\n", None)


def test_globals_does_not_show_builtins():
    stdout, error = outcome("x = 1\nprint(sorted(globals()), '__builtins__' in globals())")
    assert error is None
    assert stdout == "['__name__', 'x'] False\n"


def test_globals_cannot_reach_the_runtime():
    stdout, error = outcome("g = globals()\nprint([k for k in g if k.startswith('$')])")
    assert error is None
    assert stdout == "[]\n"


# -- writing ---------------------------------------------------------------------------------------
SET_REFUSED = [
    ("len.x = 1", "AttributeError"),
    ("setattr(len, 'x', 1)", "AttributeError"),
    ("print.x = 1", "AttributeError"),
    ("setattr(print, 'x', 1)", "AttributeError"),
    ("setattr(run, 'x', 1)", "AttributeError"),
    ("input.__doc__ = 'x'", "AttributeError"),
    ("int.x = 1", "TypeError"),
    ("str.upper = None", "TypeError"),
    ("list.append = 1", "TypeError"),
    ("setattr(dict, 'get', 1)", "TypeError"),
    ("Exception.x = 1", "TypeError"),
    ("type(print).x = 1", "TypeError"),
    ("object.x = 1", "TypeError"),
    ("(1).real = 2", "AttributeError"),
    ("'x'.upper = 1", "AttributeError"),
    ("[].append = 1", "AttributeError"),
    ("del len.__name__", "AttributeError"),
    ("del int.__add__", "TypeError"),
    (F + "f.__code__ = None", "AttributeError"),
    (F + "f.__globals__ = {}", "AttributeError"),
    (F + "f.__closure__ = None", "AttributeError"),
    (G + "x = g()\nx.gi_frame = None", "AttributeError"),
    (CATCH + "err.__traceback__ = None", "AttributeError"),
    ("import math\nmath.x = 1", "ModuleNotFoundError"),
]


@pytest.mark.parametrize("source,type_name", SET_REFUSED)
def test_setattr_refused(source, type_name):
    stdout, error = outcome(source)
    assert error is not None and error.startswith(type_name + ":"), error


def test_refused_writes_change_nothing():
    source = ("try:\n    len.x = 1\nexcept AttributeError:\n    pass\n"
              "try:\n    int.x = 1\nexcept TypeError:\n    pass\n"
              "print(hasattr(len, 'x'), hasattr(int, 'x'), len([1, 2]), int('3'))")
    assert outcome(source) == ("False False 2 3\n", None)


def test_writes_on_program_objects_are_allowed():
    source = (F + "f.__doc__ = 'd'\nf.__name__ = 'h'\nf.tag = 2\n"
              "class A:\n    pass\na = A()\na.x = 1\nA.y = 2\nA.__doc__ = 'ad'\n"
              "e = ValueError()\ne.args = ('z',)\n"
              "print(f.__doc__, f.__name__, f.tag, a.x, a.y, A.__doc__, e)")
    assert outcome(source) == ("d h 2 1 2 ad z\n", None)


def test_class_body_defining_del_is_refused():
    stdout, error = outcome("print('before')\nclass A:\n    def __del__(self):\n        print('del')\n"
                            "a = A()\ndel a\nprint('after')")
    assert stdout == ""  # refused at compile time: nothing runs
    assert error is not None and error.startswith("TypeError:")
    assert "__del__" in error


def test_refused_attribute_is_catchable_as_attribute_error():
    source = (F + "try:\n    f.__globals__\nexcept AttributeError as e:\n    print('missing:', e)")
    assert outcome(source) == ("missing: 'function' object has no attribute '__globals__'\n", None)


def test_dir_and_friends_are_not_builtins():
    for name in ("dir", "eval", "exec", "compile", "open", "breakpoint", "help", "memoryview"):
        stdout, error = outcome(f"{name}")
        assert error is not None and error.startswith("NameError"), (name, error)

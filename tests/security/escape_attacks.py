"""Escape attempts against the sandbox: hostile programs, and what "nothing was reached" means for each.

Every attack is a program that prints ``ESCAPED ...`` on the path where it obtained something it must
not have (a frame, a code object, a function's globals, a real host class, a canary), and otherwise
prints what stopped it. ``test_escapes.py`` runs each one with canaries planted (an environment
variable and a file, whose tokens must never come back), and also checks what no attack may cause:
``run`` raising, host modules imported, host addresses or internal names in the output, program code
running after ``run`` returned (finalizers), stray threads, and effects on a later run.

``@CANARY_FILE@`` and ``@CANARY_ENV@`` in a source are replaced by the canary file's path and the
environment variable's name before the program runs.
"""

from __future__ import annotations

from dataclasses import dataclass

from edge_python import Limits

SMALL_MEMORY = Limits(memory=1_000_000, time=5.0)


@dataclass(frozen=True)
class Attack:
    kind: str
    name: str
    source: str
    bad: tuple[str, ...] = ()          # substrings that must not appear in stdout
    limits: Limits | None = None
    followup: str | None = None        # a later run, which must print ``followup_stdout`` exactly
    followup_stdout: str | None = None
    max_seconds: float | None = None   # wall-clock bound on the whole run

    @property
    def id(self) -> str:
        return f"{self.kind}-{self.name}"


ATTACKS: list[Attack] = []


def add(kind: str, name: str, source: str, **options) -> None:
    ATTACKS.append(Attack(kind, name, source.strip("\n") + "\n", **options))


def denied(kind: str, name: str, expr: str, setup: str = "", **options) -> None:
    """An attack that evaluates ``expr``: any value at all means it got through."""
    source = f"""
{setup}
try:
    x = {expr}
    print("ESCAPED", type(x).__name__)
except Exception as e:
    print("denied", type(e).__name__, e)
"""
    add(kind, name, source, **options)


FUNC = "def f():\n    return 1"
CLASS = "class C:\n    def m(self):\n        return 1"
GEN = "def g():\n    yield 1\ngen = g()"
S_CLASS = "class S(str):\n    pass"

# -- 1. dunder walks to the class hierarchy ---------------------------------------------------------
K = "dunder-walk"
denied(K, "tuple-base-subclasses", "().__class__.__base__.__subclasses__()")
denied(K, "str-mro-subclasses", "''.__class__.__mro__[1].__subclasses__()")
denied(K, "dict-base-subclasses", "{}.__class__.__base__.__subclasses__()")
denied(K, "int-bases-subclasses", "(1).__class__.__bases__[0].__subclasses__()")
denied(K, "object-subclasses", "object.__subclasses__()")
denied(K, "type-subclasses-object", "type.__subclasses__(object)")
denied(K, "type-dict", "type.__dict__['__subclasses__']")
denied(K, "object-dict", "object.__dict__")
denied(K, "int-dict", "int.__dict__")
denied(K, "list-reduce-ex", "[].__reduce_ex__(2)")
denied(K, "tuple-reduce", "().__reduce__()")
denied(K, "int-reduce-ex", "(1).__reduce_ex__(4)")
denied(K, "mro-object-init-globals", "''.__class__.__mro__[1].__init__.__globals__")
denied(K, "getattr-class-chain", "getattr(getattr(getattr(1, '__class__'), '__base__'), '__subclasses__')()")
denied(K, "print-class-mro-subclasses", "print.__class__.__mro__[-1].__subclasses__()")
denied(K, "exception-subclasses", "BaseException.__subclasses__()")
denied(K, "type-getattribute", "type.__getattribute__(object, '__subclasses__')")
denied(K, "object-getattribute-class", "object.__getattribute__(object, '__subclasses__')")
add(K, "mro-entries-are-proxies", """
seen = []
for k in ().__class__.__mro__ + (1).__class__.__mro__ + print.__class__.__mro__:
    seen.append(k.__name__)
    try:
        k.__subclasses__()
        print("ESCAPED", k)
    except AttributeError:
        pass
print("ok", seen)
""")

# -- 2. __globals__ / __builtins__ / __code__ / __closure__ via functions ---------------------------
K = "func-globals"
denied(K, "def-globals", "f.__globals__", FUNC)
denied(K, "def-code", "f.__code__", FUNC)
denied(K, "def-closure", "f.__closure__", FUNC)
denied(K, "def-builtins", "f.__builtins__", FUNC)
denied(K, "lambda-globals", "(lambda: 0).__globals__")
denied(K, "method-func-globals", "C().m.__func__.__globals__", CLASS)
denied(K, "bound-method-globals", "C().m.__globals__", CLASS)
denied(K, "class-function-code", "C.m.__code__", CLASS)
denied(K, "init-globals", "C().__init__.__globals__", "class C:\n    def __init__(self):\n        pass")
denied(K, "staticmethod-func-globals", "C.__dict__['s'].__func__.__globals__",
       "class C:\n    @staticmethod\n    def s():\n        return 1")
denied(K, "classmethod-globals", "C.k.__func__.__globals__",
       "class C:\n    @classmethod\n    def k(cls):\n        return 1")
denied(K, "property-fget-globals", "C.__dict__['p'].fget.__globals__",
       "class C:\n    @property\n    def p(self):\n        return 1")
denied(K, "print-globals", "print.__globals__")
denied(K, "print-closure", "print.__closure__")
denied(K, "print-self", "print.__self__")
denied(K, "len-self", "len.__self__")
denied(K, "sorted-globals", "sorted.__globals__")
denied(K, "getattr-globals", "getattr.__globals__")
denied(K, "getattr-defaults", "getattr.__defaults__")
denied(K, "input-closure", "input.__closure__")
denied(K, "globals-closure", "globals.__closure__")
denied(K, "locals-globals", "locals.__globals__")
denied(K, "sleep-closure", "sleep.__closure__")
denied(K, "builtin-method-func", "'x'.join.func")
denied(K, "unbound-method-func", "str.lower.func")
denied(K, "builtin-method-self", "[].append.__self__")
denied(K, "call-then-globals", "f.__call__.__globals__", FUNC)
denied(K, "getattribute-globals", "f.__getattribute__('__globals__')", FUNC)
denied(K, "vars-print", "vars(print)")
denied(K, "repr-function-globals", "vars(C)['__repr__'].__globals__", "class C:\n    pass")
add(K, "builtin-module-names", """
leaks = []
for b in [print, sorted, getattr, run, globals, locals, input, sum]:
    for name in ['__module__', '__qualname__']:
        try:
            leaks.append(str(getattr(b, name)))
        except AttributeError:
            pass
print("names", leaks)
""")
add(K, "class-default-repr-module", """
class C:
    pass
print(C.__repr__.__module__, C.__repr__.__qualname__)
""")

# -- 3. frames: generators, coroutines, async generators, tracebacks -------------------------------
K = "frames"
denied(K, "gi-frame", "gen.gi_frame", GEN)
denied(K, "gi-code", "gen.gi_code", GEN)
denied(K, "gi-yieldfrom", "gen.gi_yieldfrom", GEN)
denied(K, "gi-frame-getattr", "getattr(gen, 'gi_' + 'frame')", GEN)
denied(K, "cr-frame", "co.cr_frame", "async def c():\n    return 1\nco = c()")
denied(K, "cr-code", "co.cr_code", "async def c():\n    return 1\nco = c()")
denied(K, "cr-await", "co.cr_await", "async def c():\n    return 1\nco = c()")
denied(K, "ag-frame", "ag.ag_frame", "async def a():\n    yield 1\nag = a()")
denied(K, "ag-code", "ag.ag_code", "async def a():\n    yield 1\nag = a()")
denied(K, "coroutine-await-frame", "co.__await__().gi_frame", "async def c():\n    return 1\nco = c()")
denied(K, "runtime-generator-frame", "iter(lambda: 1, 2).gi_frame")
denied(K, "runtime-generator-code", "iter(lambda: 1, 2).gi_code")
denied(K, "anext-awaitable-frame", "anext(ag).gi_frame", "async def a():\n    yield 1\nag = a()")
add(K, "running-generator-self-frame", """
box = []
def g():
    try:
        fr = box[0].gi_frame
        print("ESCAPED", type(fr).__name__)
        print("ESCAPED", fr.f_back)
    except AttributeError as e:
        print("denied", e)
    yield 1
x = g()
box.append(x)
print(sorted(x))
""")
add(K, "traceback-frame", """
try:
    1 / 0
except ZeroDivisionError as e:
    try:
        tb = e.__traceback__
        print("ESCAPED", type(tb).__name__, tb.tb_frame.f_back.f_globals)
    except AttributeError as err:
        print("denied", err)
""")
add(K, "traceback-getattr", """
try:
    [][1]
except IndexError as e:
    tb = getattr(e, '__tra' + 'ceback__', None)
    if tb is not None:
        print("ESCAPED", type(tb).__name__)
    print("done")
""")
add(K, "traceback-runtime-error", """
def key(x):
    raise ValueError(x)
try:
    sorted([1, 2], key=key)
except ValueError as e:
    for name in ['__traceback__', 'tb_frame', '__context__', '__cause__']:
        try:
            v = getattr(e, name)
            if v is not None:
                print("ESCAPED", name, type(v).__name__)
        except AttributeError:
            print("denied", name)
""")
denied(K, "sys-exc-info", "sys.exc_info()")
denied(K, "sys-getframe", "sys._getframe()")
add(K, "with-traceback-argument", """
class C:
    def __enter__(self):
        return self
    def __exit__(self, t, e, tb):
        if tb is not None:
            print("ESCAPED", type(tb).__name__)
        print("exit", t.__name__, tb)
        return True
with C():
    1 / 0
print("after")
""")
add(K, "generator-throw-frames", """
def g():
    try:
        yield 1
    except ValueError as e:
        yield e
x = g()
next(x)
e = x.throw(ValueError("boom"))
for name in ['__traceback__', 'gi_frame']:
    try:
        print("ESCAPED", getattr(e if name[0] == '_' else x, name))
    except AttributeError:
        print("denied", name)
""")
add(K, "match-gi-frame", """
def g():
    yield 1
match g():
    case object(gi_frame=f):
        print("ESCAPED", type(f).__name__)
    case _:
        print("no match")
""")
add(K, "format-gi-frame", """
def g():
    yield 1
try:
    print("ESCAPED", '{0.gi_frame.f_globals}'.format(g()))
except AttributeError as e:
    print("denied", e)
""")

# -- 4. exceptions as references ------------------------------------------------------------------
K = "exceptions"
add(K, "attributeerror-obj-native", """
class C:
    pass
try:
    C().missing
except AttributeError as e:
    try:
        print("ESCAPED", e.obj)
    except AttributeError as err:
        print("denied", err, e.name)
""")
add(K, "attributeerror-obj-gate", """
try:
    print.__globals__
except AttributeError as e:
    for name in ['obj', 'name', 'args']:
        try:
            v = getattr(e, name)
            if name == 'obj' or (name == 'args' and any(not isinstance(a, str) for a in v)):
                print("ESCAPED", name, v)
        except AttributeError:
            print("denied", name)
""")
add(K, "nameerror-name", """
try:
    eval
except NameError as e:
    print(e.name)
    print(getattr(e, '__traceback__', 'no traceback'))
""", bad=("traceback object",))
add(K, "context-of-runtime-error", """
for attempt in [lambda: vars(1), lambda: getattr(print, 'x'), lambda: str(b'x', 'rot13'),
                lambda: '%f' % 'x', lambda: int_from_bytes(1)]:
    try:
        attempt()
    except Exception as e:
        c = e.__context__
        while c is not None:
            name = type(c).__name__
            if name not in ('AttributeError', 'TypeError', 'LookupError', 'ValueError'):
                print("ESCAPED", name)
            for a in c.args:
                if not isinstance(a, (str, int)):
                    print("ESCAPED", type(a).__name__)
            c = c.__context__
print("done")
""")
add(K, "importerror-attributes", """
try:
    import os
except ImportError as e:
    print(e.name, e.msg, e.args)
    for name in ['path', 'name_from', '__traceback__']:
        try:
            print("ESCAPED", name, getattr(e, name))
        except AttributeError:
            print("denied", name)
""")
add(K, "stopiteration-runtime-value", """
it = iter(lambda: 5, 5)
try:
    next(it)
except StopIteration as e:
    print("value", e.value, e.args)
""")
add(K, "exception-reduce", """
e = ValueError(1)
for name in ['__reduce__', '__reduce_ex__', '__setstate__', '__dict__', '__traceback__']:
    try:
        print("ESCAPED", name, getattr(e, name))
    except AttributeError:
        print("denied", name)
""")
add(K, "limit-stop-not-catchable", """
n = 0
try:
    while True:
        n += 1
except BaseException as e:
    print("ESCAPED caught", type(e).__name__, e)
print("ESCAPED survived")
""", limits=Limits(ops=20_000, time=5.0))
add(K, "limit-stop-in-finally", """
def loop():
    try:
        while True:
            pass
    finally:
        print("ESCAPED finally ran code")
loop()
""", limits=Limits(ops=20_000, time=5.0))
add(K, "recursion-stop-not-catchable", """
def r(n):
    return r(n + 1)
try:
    r(0)
except RecursionError:
    print("ESCAPED caught recursion stop")
""")
add(K, "exit-swallows-stop", """
class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return True
with Swallow():
    while True:
        pass
print("ESCAPED swallowed the stop")
""", limits=Limits(ops=20_000, time=5.0))
add(K, "oserror-str-host-repr", "print(OSError(1, print))")
add(K, "oserror-filename-host-repr", "print(FileNotFoundError(2, 'x', sorted))")
add(K, "importerror-str-host-repr", "print(ImportError(print))")
add(K, "syntaxerror-str-host-repr", "print(SyntaxError(getattr))")
add(K, "raise-oserror-host-repr", "raise OSError(1, print)")
add(K, "exception-str-unbound", "print(Exception.__str__(ValueError(print)))")
add(K, "exception-repr-unbound", "print(Exception.__repr__(ValueError(sorted)))")
add(K, "list-index-message", """
try:
    [].index(print)
except ValueError as e:
    print("message", e)
""")
add(K, "match-duplicate-key-message", """
def f():
    return 1
class K:
    a = f
match {1: 2, 3: 4}:
    case {K.a: 1, K.a: 2}:
        pass
""")
add(K, "internal-class-names", """
for thunk in [lambda: 'x'.join + 1, lambda: str.lower + 1, lambda: print + 1]:
    try:
        thunk()
    except TypeError as e:
        print(e)
""", bad=("BuiltinMethod", "UnboundMethod"))

# -- 5. format strings -----------------------------------------------------------------------------
K = "format"
denied(K, "format-globals", "'{0.__globals__}'.format(f)", FUNC)
denied(K, "format-subclasses", "'{0.__class__.__base__.__subclasses__}'.format(1)")
denied(K, "format-map-globals", "'{a.__globals__}'.format_map({'a': f})", FUNC)
denied(K, "format-item-builtins", "'{0[__builtins__]}'.format(globals())")
denied(K, "str-format-unbound", "str.format('{0.__globals__}', f)", FUNC)
denied(K, "str-subclass-format", "S('{0.__globals__}').format(f)", S_CLASS + "\n" + FUNC)
denied(K, "str-subclass-format-map", "S('{a.__globals__}').format_map({'a': f})", S_CLASS + "\n" + FUNC)
denied(K, "built-name-format", "('{0.' + '_' * 2 + 'globals' + '_' * 2 + '}').format(f)", FUNC)
denied(K, "nested-spec-field", "'{0:{1.__globals__}}'.format(1, f)", FUNC)
denied(K, "format-builtin-spec", "format(f, '{0.__globals__}')", FUNC)
denied(K, "fstring-runtime-spec", "f'{f:{spec}}'", FUNC + "\nspec = '{0.__globals__}'")
denied(K, "format-print-closure", "'{0.__closure__[0].cell_contents}'.format(print)")
denied(K, "format-method-func", "'{0.__func__.__globals__}'.format(C().m)", CLASS)
denied(K, "format-init-globals", "'{0.__init__.__globals__}'.format(C())", "class C:\n    pass")
denied(K, "format-gate-attr", "'{0.__self__}'.format([].append)")
add(K, "percent-objects", """
print('%s|%r|%a' % (print, sorted, getattr))
print('%(a)s' % {'a': lambda: 0})
""")
add(K, "format-conversions", """
def f():
    return 1
print('{0!s} {0!r} {0!a} {1}'.format(f, print))
print(f'{print!r:>40}')
""")
add(K, "super-format-env", """
class S(str):
    pass
def f():
    return 1
s = S("{0.__globals__[__builtins__][print].__globals__[sys].modules[os].environ[@CANARY_ENV@]}")
try:
    print("ESCAPED", super(S, s).format(f))
except Exception as e:
    print("denied", type(e).__name__, e)
""")
add(K, "super-format-globals", """
class S(str):
    def go(self, x):
        return super().format(x)
def f():
    return 1
try:
    print("ESCAPED", S("{0.__globals__[__name__]} {0.__code__.co_filename}").go(f))
except Exception as e:
    print("denied", type(e).__name__, e)
""")
add(K, "super-class-format", """
class S(str):
    pass
def f():
    return 1
try:
    print("ESCAPED", super(S, S).format('{0.__code__.co_names} {0.__globals__[__name__]}', f))
except Exception as e:
    print("denied", type(e).__name__, e)
""")
add(K, "super-format-map", """
class S(str):
    pass
try:
    shown = super(S, S('{a.__class__.__mro__}')).format_map({'a': print})
    # only the opaque stand-ins may show; a walk to real host classes would name more
    safe = "(<class 'builtin_function_or_method'>, <class 'object'>)"
    print("safe" if shown == safe else "ESCAPED " + shown)
    print(super(S, S('{a.__globals__}')).format_map({'a': print}))
except Exception as e:
    print("denied", type(e).__name__, e)
""")
add(K, "super-mod-host-str", """
class S(str):
    pass
try:
    print(super(S, S('%s %r')).__mod__((print, sorted)))
except Exception as e:
    print("denied", type(e).__name__, e)
""")

# -- 6. higher-order builtins as getters -----------------------------------------------------------
K = "higher-order"
denied(K, "map-getattr", "list(map(getattr, [f], ['__globals__']))", FUNC)
denied(K, "map-getattr-print", "list(map(getattr, [print], ['__closure__']))")
denied(K, "filter-getattr", "list(filter(lambda n: getattr(f, n), ['__code__']))", FUNC)
denied(K, "sorted-key-getattr", "sorted(['__globals__'], key=lambda n: getattr(f, n))", FUNC)
denied(K, "max-key-attr", "max([f], key=lambda x: x.__globals__)", FUNC)
denied(K, "map-vars", "list(map(vars, [print]))")
denied(K, "map-object-getattribute", "list(map(object.__getattribute__, [print], ['__globals__']))")
denied(K, "iter-sentinel-getattr", "list(iter(lambda: getattr(f, '__globals__'), None))", FUNC)
denied(K, "zip-getattr", "[getattr(a, b) for a, b in zip([f], ['__code__'])]", FUNC)
denied(K, "property-getattr", "P().x",
       "class P:\n    x = property(lambda self: getattr(print, '__globals__'))")
# type.__call__(str, x) is str(x): the program's str, showing no host address
add(K, "map-type-call", """
print(list(map(type.__call__, [str], [print])))
""", bad=("<function", "0x7"))
add(K, "map-str-host", """
print(list(map(str, [print, sorted, lambda: 0])))
print(list(map(repr, [print])), list(map(format, [print])), list(map(ascii, [sorted])))
""")
add(K, "sorted-key-is-builtin", """
print(sorted([print, sorted, len], key=id) == sorted([print, sorted, len], key=id))
print(list(map(id, [print, sorted])))
""")

# -- 7. match class patterns -----------------------------------------------------------------------
K = "match"
MATCH = """
{setup}
match {subject}:
    case object({attr}=v):
        print("ESCAPED", type(v).__name__)
    case _:
        print("no match")
"""
for _name, _subject, _attr, _setup in [
    ("function-globals", "f", "__globals__", FUNC), ("function-code", "f", "__code__", FUNC),
    ("print-closure", "print", "__closure__", ""),
    ("int-subclasses", "1", "__subclasses__", ""), ("print-globals", "print", "__globals__", ""),
    ("instance-dict-of-print", "print", "__dict__", ""), ("getattr-defaults", "getattr", "__defaults__", ""),
    ("exception-traceback", "ValueError()", "__traceback__", ""), ("sorted-dict", "sorted", "__dict__", ""),
    ("builtin-method-self", "[].append", "__self__", ""), ("generator-code", "gen", "gi_code", GEN),
]:
    add(K, _name, MATCH.format(subject=_subject, attr=_attr, setup=_setup))
add(K, "nested-class-walk", """
match 1:
    case int(__class__=type(__base__=object(__subclasses__=s))):
        print("ESCAPED", s)
    case _:
        print("no match")
""")
add(K, "match-args-dunder", """
class C:
    __match_args__ = ('__globals__', '__class__')
match C():
    case C(g):
        print("ESCAPED", g)
    case _:
        print("no match")
""")
add(K, "value-pattern-dunder", """
def f():
    return 1
try:
    match 1:
        case f.__globals__:
            print("ESCAPED")
        case _:
            print("no match")
except AttributeError as e:
    print("denied", e)
""")
add(K, "mapping-pattern-rest", """
match globals():
    case {'__name__': n, **rest}:
        for k in rest:
            if k[:1] == '$' or k == '__builtins__':
                print("ESCAPED", k)
        print("name", n)
""")

# -- 8. type() and type(x)(...) --------------------------------------------------------------------
K = "type-calls"
denied(K, "type-of-function-call", "type(f)()", FUNC)
denied(K, "type-of-function-code", "type(f)(f.__code__, {})", FUNC)
denied(K, "type-of-print-call", "type(print)('x')")
denied(K, "type-of-iterator-call", "type(iter([]))([])")
denied(K, "type-of-generator-call", "type(gen)()", GEN)
denied(K, "type-three-args", "type('X', (), {})")
denied(K, "type-type-three-args", "type(type)('X', (object,), {})")
denied(K, "type-new", "type.__new__(type, 'X', (), {})")
denied(K, "type-prepare", "type.__prepare__('X', ())")
denied(K, "type-mro-method", "type.mro(list)")
denied(K, "type-setattr", "type.__setattr__(type(print), 'x', 1)")
denied(K, "type-sleep-result", "type(sleep(0))()")
denied(K, "type-of-function-dict", "type(f).__dict__", FUNC)
denied(K, "type-of-print-call-dunder", "type(print).__call__(getattr, print, '__globals__')")
add(K, "type-call-str-host", """
print(type.__call__(str, print), type.__call__(str, sorted))
""", bad=("<function", "0x7", "locals"))
add(K, "type-call-opaque-instance", """
try:
    x = type.__call__(type(print))
    print("ESCAPED made", type(x).__name__)
except Exception as e:
    print("denied", type(e).__name__, e)
""")
add(K, "type-call-proxy-bypass", """
x = type.__call__(dict, [(1, 2)])
# the call goes through the dict proxy: a plain dict, never an instance of the proxy class
print("ESCAPED proxy instance" if type(x) is not dict or x != {1: 2} else "plain dict")
""")
add(K, "type-shows-no-host-class", """
def f():
    return 1
def g():
    yield 1
names = []
for v in [print, sorted, f, g(), iter([]), {}.keys(), 'x'.join, str.upper, sleep(0), len, iter(f, 2)]:
    t = type(v)
    names.append(t.__name__)
    try:
        t()
        print("ESCAPED constructed", t.__name__)
    except TypeError:
        pass
print(names)
""", bad=("BuiltinMethod", "UnboundMethod"))
add(K, "type-of-type-proxy-walk", """
t = type(type(print))
print(t, t is type)
try:
    print("ESCAPED", t.__dict__)
except AttributeError as e:
    print("denied", e)
""")
add(K, "generic-alias-origin", """
a = list[int]
for name in ['__origin__', '__args__', '__mro_entries__', '__parameters__']:
    try:
        print("ESCAPED", name, getattr(a, name))
    except AttributeError:
        print("denied", name)
""")
add(K, "generic-alias-base", """
try:
    class C(list[int]):
        pass
    print("class ok", C.__mro__)
except TypeError as e:
    print("denied", e)
""")

# -- 9. object.__new__ / __setattr__ / __getattribute__ on runtime objects ---------------------------
K = "object-dunders"
denied(K, "new-opaque", "object.__new__(type(print))")
denied(K, "new-list-proxy", "object.__new__(list)")
denied(K, "new-set", "object.__new__(set)")
denied(K, "setattr-print", "object.__setattr__(print, 'x', 1)")
denied(K, "setattr-sorted-defaults", "object.__setattr__(sorted, '__defaults__', (1,))")
denied(K, "setattr-list-type", "object.__setattr__(list, 'x', 1)")
denied(K, "setattr-set-instance", "object.__setattr__(set(), 'x', 1)")
denied(K, "delattr-print", "object.__delattr__(print, '__name__')")
denied(K, "getattribute-print-globals", "object.__getattribute__(print, '__globals__')")
denied(K, "getattribute-sorted-closure", "object.__getattribute__(sorted, '__closure__')")
denied(K, "getattribute-gen-frame", "object.__getattribute__(gen, 'gi_frame')", GEN)
denied(K, "reduce-ex-instance", "object.__reduce_ex__(C(), 2)", "class C:\n    pass")
denied(K, "init-subclass", "object.__init_subclass__")
add(K, "getattribute-own-init-globals", """
class C:
    pass
m = object.__getattribute__(C(), '__init__')
try:
    print("ESCAPED", m.__globals__)
except AttributeError as e:
    print("denied", e)
""")
add(K, "class-assign-to-runtime-class", """
class C:
    pass
for target in [set, frozenset, list, dict, CancelledError, type(sleep(0))]:
    c = C()
    try:
        object.__setattr__(c, '__class__', target)
        print("assigned", type(c).__name__, c)
    except TypeError as e:
        print("denied", target.__name__)
""")

# -- 10. cross-run contamination ------------------------------------------------------------------
K = "cross-run"
_READER = """
print(hasattr(print, 'mark'), hasattr(sorted, 'mark'), hasattr(set, 'mark'), hasattr(list, 'mark'),
      hasattr(ValueError, 'mark'), hasattr(CancelledError, 'mark'), hasattr(len, 'mark'))
"""
_READER_OUT = "False False False False False False False\n"
add(K, "setattr-shared-builtins", """
for target in [print, sorted, set, list, ValueError, CancelledError, len, type(print), object]:
    try:
        setattr(target, 'mark', 1)
        print("ESCAPED set on", target)
    except (AttributeError, TypeError):
        pass
print("done")
""", followup=_READER, followup_stdout=_READER_OUT)
add(K, "dict-of-function-shared", """
try:
    sorted.__dict__['mark'] = 1
    print("ESCAPED")
except AttributeError as e:
    print("denied", e)
""", followup=_READER, followup_stdout=_READER_OUT)
add(K, "exception-class-str-replaced", """
try:
    ValueError.__str__ = lambda self: 'HIJACKED'
    print("ESCAPED")
except (AttributeError, TypeError) as e:
    print("denied", e)
""", followup="print(ValueError('x'))", followup_stdout="x\n")
add(K, "delete-shared-method", """
for target, name in [(list, 'append'), (str, 'upper'), (set, 'add'), (print, '__name__')]:
    try:
        delattr(target, name)
        print("ESCAPED deleted", name)
    except (AttributeError, TypeError):
        pass
print("done")
""", followup="x = []\nx.append(1)\nprint(x, 'a'.upper(), print.__name__)", followup_stdout="[1] A print\n")
add(K, "frozenset-class-attr", """
try:
    frozenset._hash = 1
    print("ESCAPED")
except (AttributeError, TypeError) as e:
    print("denied", e)
""", followup="print(hash(frozenset([1])) == hash(frozenset([1])))", followup_stdout="True\n")
_NEXT = """
print(id(object()), sorted({2, 1}))
"""
add(K, "late-generator-steals-ids", """
def g():
    box = yield
    try:
        yield 1
    finally:
        for i in range(50):
            id([])
x = g()
next(x)
x.send([x])
print("left a cycle")
""", followup=_NEXT, followup_stdout="4112 [1, 2]\n")
add(K, "late-generator-stops-next-run", """
def g():
    box = yield
    try:
        yield 1
    finally:
        bytes(10 ** 15)
x = g()
next(x)
x.send([x])
print("left a cycle")
""", followup=_NEXT, followup_stdout="4112 [1, 2]\n")

# -- 11. super() tricks ---------------------------------------------------------------------------
K = "super"
denied(K, "object-print", "super(object, print).__globals__")
denied(K, "opaque-type-print", "super(type(print), print)")
denied(K, "user-thisclass", "super(C, C()).__thisclass__", "class C:\n    pass")
denied(K, "user-self", "super(C, C()).__self__", "class C:\n    pass")
denied(K, "user-self-class", "super(C, C()).__self_class__", "class C:\n    pass")
denied(K, "class-subclasses", "super(C, C).__subclasses__()", "class C:\n    pass")
denied(K, "reduce-ex", "super(C, C()).__reduce_ex__(2)", "class C:\n    pass")
denied(K, "getattribute-non-user", "super(int, 5).__getattribute__('__class__')")
denied(K, "setattr-class-target", "super(C, C).__setattr__('x', 1)", "class C:\n    pass")
add(K, "object-repr-address", """
class C:
    pass
print(super(C, C()).__repr__())
""")
add(K, "exception-repr-host", """
class E(Exception):
    pass
print(super(E, E(print)).__repr__())
""")
add(K, "setattr-class-assignment", """
class C:
    pass
class D:
    pass
c = C()
try:
    super(C, c).__setattr__('__class__', D)
    print("ESCAPED reassigned class", type(c).__name__)
except (AttributeError, TypeError) as e:
    print("denied", e)
""")
add(K, "frozenset-mutated", """
class F(frozenset):
    pass
f = F([1])
h = hash(f)
try:
    super(F, f).setdefault(2)
except AttributeError as e:
    print("denied", e)
if 2 in f:
    print("ESCAPED frozenset mutated", f, hash(f) == h)
""")
add(K, "frozenset-hash-slot", """
class F(frozenset):
    pass
f = F([1])
h = hash(f)
try:
    f._hash = 12345
except AttributeError as e:
    print("denied", e)
if hash(f) != h:
    print("ESCAPED frozenset hash slot overwritten")
""")
# super() of a builtin base answers with the same checked methods as the base itself: each
# amplifying method refuses a result that would not fit (the run stops with MemoryError).
for _cls, _base, _call in [("S", "str", "zfill(10**9)"), ("S", "str", "center(10**9)"),
                           ("S", "str", "join(['x'] * 10)"), ("S", "str", "replace('x', 'y' * 10**9)"),
                           ("L", "list", "extend(range(10**9))"), ("I", "int", "to_bytes(10**9, 'big')"),
                           ("D", "dict", "fromkeys(range(10**9))")]:
    _value = {"S": "S('x' * 10**7)", "L": "L()", "I": "I(1)", "D": "D()"}[_cls]
    add(K, f"checked-method-{_base}-{_call.split('(')[0]}", f"""
class {_cls}({_base}):
    pass
x = super({_cls}, {_value}).{_call}
print("ESCAPED built", type(x).__name__)
""", limits=Limits(memory=50_000_000))
add(K, "format-walk-through-super", """
class S(str):
    pass
def f():
    return 1
try:
    print("ESCAPED", super(S, S('{0.__globals__}')).format(f))
except AttributeError as e:
    print("denied", e)
""")

# -- 12. class hooks, descriptors, __class__ --------------------------------------------------------
K = "class-hooks"
add(K, "init-subclass-forbidden-del", """
keep = []
class P:
    def __init_subclass__(cls):
        keep.append(cls)
try:
    class Q(P):
        def __del__(self):
            pass
    print("class statement accepted")
except TypeError as e:
    print("refused", e)
if keep and '__del__' in keep[0].__dict__:
    q = keep[0]()
    print("ESCAPED instance of class with __del__", type(q).__name__)
""")
add(K, "init-subclass-forbidden-getattribute", """
keep = []
class P:
    def __init_subclass__(cls):
        keep.append(cls)
try:
    class Q(P):
        def __getattribute__(self, name):
            return 'intercepted'
except TypeError as e:
    print("refused", e)
if keep:
    q = keep[0]()
    if q.anything == 'intercepted':
        print("ESCAPED __getattribute__ active")
""")
add(K, "set-name-forbidden-class", """
keep = []
class D:
    def __set_name__(self, owner, name):
        keep.append(owner)
try:
    class Q:
        d = D()
        def __reduce_ex__(self, p):
            return 1
except TypeError as e:
    print("refused", e)
if keep:
    try:
        q = keep[0]()
        print("ESCAPED instance of refused class", type(q).__name__)
    except Exception as e:
        print("denied", e)
""")
add(K, "class-body-forbidden", """
try:
    class C:
        __class__ = property(lambda self: int)
    print("ESCAPED accepted __class__")
except TypeError as e:
    print("refused", e)
""")
denied(K, "instance-class-assign", "setattr(c, '__class__', D)",
       "class C:\n    pass\nclass D:\n    pass\nc = C()")
denied(K, "class-bases-assign", "setattr(C, '__bases__', (D,))",
       "class C:\n    pass\nclass D:\n    pass")
denied(K, "class-class-assign", "setattr(C, '__class__', type)", "class C:\n    pass")
denied(K, "metaclass-keyword", "0", "class M:\n    pass\nclass C(metaclass=M):\n    pass")
denied(K, "base-type", "0", "class C(type):\n    pass")
denied(K, "base-function-type", "0", "def f():\n    pass\nclass C(type(f)):\n    pass")
denied(K, "base-property", "0", "class C(property):\n    pass")
denied(K, "base-super", "0", "class C(super):\n    pass")
denied(K, "base-opaque-runtime", "0", "class C(type(sleep(0))):\n    pass")
denied(K, "property-fget-runtime", "property(print).fget.__globals__")
denied(K, "classmethod-func-runtime", "classmethod(sorted).__func__.__closure__")
denied(K, "staticmethod-func-runtime", "staticmethod(getattr).__func__.__defaults__")
add(K, "class-getitem-runtime-types", """
for t in [list, dict, set, frozenset, tuple]:
    a = t[int]
    print(repr(a), str(a))
""", bad=("edge_python", "ProxyMeta"))
add(K, "set-subclass-internals", """
class M(set):
    pass
m = M([1])
for name in ['_from', '_result', '_binary', '_reflected', '_hash']:
    try:
        v = getattr(m, name)
        print("ESCAPED", name, type(v).__name__)
    except AttributeError:
        print("denied", name)
    try:
        v = getattr(super(M, m), name)
        print("ESCAPED super", name, type(v).__name__)
    except AttributeError:
        print("denied super", name)
""")
add(K, "class-dict-dollar", """
class C:
    x = [1][0] + 1
    y = (lambda: 2)()
for k in vars(C):
    if k[:1] == '$' or k.startswith('__edge'):
        print("ESCAPED", k)
print("ok")
""")

# -- 13. namespace: vars/globals/locals, unspellable names, __builtins__ rebinding ----------------
K = "namespace"
add(K, "globals-no-helpers", """
g = globals()
for k in g:
    if k[:1] == '$' or k == '__builtins__':
        print("ESCAPED", k)
print(sorted(g))
""")
add(K, "locals-module", """
for k in locals():
    if k[:1] == '$' or k == '__builtins__':
        print("ESCAPED", k)
print("ok")
""")
add(K, "locals-function", """
def f(a):
    b = a.x if False else 2
    return locals()
for k, v in f(1).items():
    if k[:1] == '$':
        print("ESCAPED", k)
print(sorted(f(1)))
""")
add(K, "locals-class-body", """
class C:
    x = 1
    seen = locals()
for k in C.seen:
    if k[:1] == '$' or k == '__classcell__':
        print("ESCAPED", k)
print(sorted(C.seen))
""")
add(K, "locals-comprehension", """
found = [locals() for x in [1]][0]
for k, v in found.items():
    print(k, type(v).__name__)
""", bad=("compress",))
add(K, "globals-write-not-live", """
g = globals()
g['$ga'] = lambda o, n: 'HIJACK'
g['print'] = None
x = 1
print("still guarded", x)
""")
add(K, "vars-no-argument", """
try:
    print("ESCAPED", vars())
except TypeError as e:
    print("denied", e)
""")
for _name in ["__builtins__", "__import__", "__build_class__", "__loader__", "__spec__", "__file__",
              "__cached__", "__package__", "__doc__"]:
    denied(K, f"name-{_name.strip('_')}", _name)
denied(K, "builtins-in-fstring", "f'{__builtins__}'")
denied(K, "builtins-via-globals-get", "globals()['__builtins__']")
_RCE_TAIL = """
def g():
    fr = holder[0].gi_frame
    yield fr.f_back.f_builtins
gen = g()
holder.append(gen)
b = sorted(gen)[0]
ev = b['eval']
print("ESCAPED", ev("open('@CANARY_FILE@').read()", {'__builtins__': b}))
print("ESCAPED", ev("__import__('os').environ.get('@CANARY_ENV@')", {'__builtins__': b}))
"""
_RCE_HEAD = """
holder = []
T = lambda o: 0
Z = {0}
fake = {'$tick': lambda: True, '$type': T, '$X_gi_frame': Z, '$X_f_back': Z, '$X_f_builtins': Z}
"""
add(K, "rebind-builtins-match-capture", _RCE_HEAD + """
match fake:
    case __builtins__:
        pass
""" + _RCE_TAIL)
add(K, "rebind-builtins-match-rest", _RCE_HEAD + """
match fake:
    case {**__builtins__}:
        pass
""" + _RCE_TAIL)
add(K, "rebind-builtins-nfkc-capture", _RCE_HEAD + """
match fake:
    case __\uff42\uff55\uff49\uff4c\uff54\uff49\uff4e\uff53__:
        pass
""" + _RCE_TAIL)
add(K, "rebind-builtins-class", _RCE_HEAD + """
class __builtins__:
    def __class_getitem__(cls, key):
        return fake[key]
""" + _RCE_TAIL)
add(K, "rebind-builtins-except-as", _RCE_HEAD + """
class K(Exception):
    def __getitem__(self, key):
        return fake[key]
try:
    raise K()
except K as __builtins__:
    def g():
        fr = holder[0].gi_frame
        yield fr.f_back.f_builtins
gen = g()
holder.append(gen)
b = sorted(gen)[0]
print("ESCAPED", b['eval']("open('@CANARY_FILE@').read()", {'__builtins__': b}))
""")
add(K, "rebind-builtins-nested-capture", _RCE_HEAD + """
match [fake]:
    case [__builtins__]:
        pass
""" + _RCE_TAIL)
add(K, "rebind-builtins-as-pattern", _RCE_HEAD + """
match fake:
    case {} as __builtins__:
        pass
""" + _RCE_TAIL)
add(K, "rebind-builtins-class-pattern-keyword", _RCE_HEAD + """
class Box:
    def __init__(self, v):
        self.v = v
match Box(fake):
    case Box(v=__builtins__):
        pass
""" + _RCE_TAIL)
add(K, "rebind-builtins-with-target", """
class C:
    def __enter__(self):
        return {'$tick': lambda: True}
    def __exit__(self, *a):
        return False
with C() as __builtins__:
    pass
print("ESCAPED bound")
""")
add(K, "rebind-builtins-global-in-function", _RCE_HEAD + """
def bind():
    global __builtins__
    match fake:
        case __builtins__:
            pass
bind()
""" + _RCE_TAIL)
add(K, "rebind-builtins-disables-limits", """
fake = {'$tick': lambda: True, '$TK': iter(int, 1), '$next': lambda it: None}
match fake:
    case __builtins__:
        pass
def spin():
    n = 0
    while n < 3_000_000:
        n += 1
    return n
print("ESCAPED limits off", spin())
""", limits=Limits(ops=100_000, time=5.0))
add(K, "rebind-builtins-function-def", """
def __builtins__():
    return 1
def f():
    return 2
try:
    print(f())
except Exception as e:
    print("denied", type(e).__name__)
""")
add(K, "rebind-builtins-star-capture", """
match [{'$tick': lambda: True}]:
    case [*__builtins__]:
        pass
def f():
    return 2
try:
    print(f())
except Exception as e:
    print("denied", type(e).__name__)
""")

# -- 14. imports and missing builtins -------------------------------------------------------------
K = "imports"
for _stmt in ["import os", "import sys", "import subprocess", "import ctypes", "import builtins",
              "import importlib", "import gc", "import encodings", "import codecs", "import warnings",
              "from os import system", "from sys import modules", "import os.path as p",
              'from "/etc/passwd" import x', 'import "os"', 'from "@CANARY_FILE@" import x',
              "from . import x", "from .. import os", "from os import *", "import linecache"]:
    _id = _stmt.replace('"', " quoted ").replace("@", "").replace("/", "_").split()
    add(K, "stmt-" + "_".join(_id), f"""
try:
    {_stmt}
    print("ESCAPED imported")
except ImportError as e:
    print("denied", type(e).__name__)
""")
for _name, _expr in [("eval", "eval('1')"), ("exec", "exec('x = 1')"),
                     ("compile", "compile('1', 'f', 'eval')"),
                     ("open", "open('/etc/hostname')"), ("breakpoint", "breakpoint()"), ("help", "help()"),
                     ("exit", "exit()"), ("quit", "quit()"), ("memoryview", "memoryview(b'x')"),
                     ("bytearray", "bytearray(3)"), ("dir", "dir()"), ("dunder-import", "__import__('os')"),
                     ("copyright", "copyright"), ("license", "license"), ("credits", "credits"),
                     ("globals-open", "globals()['open']")]:
    denied(K, "builtin-" + _name, _expr)
denied(K, "open-canary-file", "open('@CANARY_FILE@').read()")
add(K, "codec-lookup-imports", """
for enc in ['rot13', 'zlib', 'hex', 'base64', 'idna', 'punycode', 'uu', 'bz2', 'mbcs', 'undefined', '../os']:
    for thunk in [lambda: 'x'.encode(enc), lambda: b'x'.decode(enc), lambda: str(b'x', enc),
                  lambda: bytes('x', enc)]:
        try:
            thunk()
            print("accepted", enc)
        except (LookupError, TypeError, ValueError, UnicodeError):
            pass
print("done")
""", bad=("accepted rot13", "accepted zlib", "accepted hex", "accepted base64", "accepted bz2",
          "accepted uu", "accepted ../os"))
add(K, "input-reads-only-stdin", """
try:
    print("ESCAPED", input("prompt> "))
except EOFError as e:
    print("denied", e)
""")

# -- 15. unicode identifiers and names built at run time ------------------------------------------
K = "names"
denied(K, "nfkc-eval", "\uff45\uff56\uff41\uff4c('1')")
denied(K, "nfkc-open", "\uff4f\uff50\uff45\uff4e('@CANARY_FILE@')")
denied(K, "nfkc-globals-attr", "f.__\uff47\uff4c\uff4f\uff42\uff41\uff4c\uff53__", FUNC)
denied(K, "nfkc-builtins-name", "__\uff42\uff55\uff49\uff4c\uff54\uff49\uff4e\uff53__")
denied(K, "built-getattr-name", "getattr(f, '_' * 2 + 'globals' + '_' * 2)", FUNC)
denied(K, "chr-built-name", "getattr(f, chr(95) * 2 + 'code' + chr(95) * 2)", FUNC)
denied(K, "percent-built-name", "getattr(f, '__%s__' % 'closure')", FUNC)
denied(K, "fullwidth-underscore-string", "getattr(f, '\uff3f\uff3fglobals\uff3f\uff3f')", FUNC)
denied(K, "str-subclass-name", "getattr(f, N('__globals__'))",
       FUNC + "\nclass N(str):\n    def __eq__(self, o):\n        return True\n    def __hash__(self):\n"
              "        return hash('x')")
denied(K, "mangled-name", "C().get()",
       "class C:\n    def get(self):\n        return self.__globals__")
denied(K, "nul-in-name", "getattr(f, '__globals__\\x00')", FUNC)

# -- 16. setattr / del on runtime objects --------------------------------------------------------
K = "setattr-del"
denied(K, "set-print-globals", "setattr(print, '__globals__', {})")
denied(K, "set-print-name", "setattr(print, '__name__', 'x')")
denied(K, "del-print-name", "delattr(print, '__name__')")
denied(K, "del-list-append", "delattr(list, 'append')")
denied(K, "set-type-print-attr", "setattr(type(print), 'x', 1)")
denied(K, "set-exception-str", "setattr(Exception, '__str__', lambda s: 'x')")
denied(K, "set-function-code", "setattr(f, '__code__', f)", FUNC)
denied(K, "set-function-globals", "setattr(f, '__globals__', {})", FUNC)
denied(K, "set-function-closure", "setattr(f, '__closure__', None)", FUNC)
denied(K, "set-gen-frame", "setattr(gen, 'gi_frame', None)", GEN)
denied(K, "set-exception-traceback", "setattr(ValueError(), '__traceback__', None)")
denied(K, "set-class-dict", "setattr(C, '__dict__', {})", "class C:\n    pass")
denied(K, "set-instance-dict-runtime", "setattr(C(), '__dict__', globals())", "class C:\n    pass")
denied(K, "set-class-del", "setattr(C, '__del__', lambda s: None)", "class C:\n    pass")
denied(K, "set-class-getattribute", "setattr(C, '__getattribute__', lambda s, n: n)", "class C:\n    pass")
denied(K, "set-class-init-subclass", "setattr(C, '__init_subclass__', classmethod(lambda c: 1))",
       "class C:\n    pass")

# -- 17. scheduler, internal iterators, context-manager wrappers -------------------------------------
K = "scheduler-iter-with"
add(K, "sleep-result", """
x = sleep(0)
print(type(x).__name__, repr(x))
for name in ['__await__', '__slots__', '__class__', '__dict__']:
    try:
        v = getattr(x, name)
        if name != '__class__':
            print("ESCAPED", name, v)
    except AttributeError:
        print("denied", name)
""")
add(K, "run-gather-results", """
async def c():
    return [print, sleep]
r = run(c())
g = gather(c(), c())
print(type(r).__name__, type(g).__name__, len(g))
for v in r + g[0]:
    for name in ['__globals__', '__closure__', '__self__']:
        try:
            print("ESCAPED", getattr(v, name))
        except AttributeError:
            pass
""")
add(K, "with-timeout-and-cancel", """
async def slow():
    sleep(10)
    return 1
try:
    with_timeout(1, slow())
except TimeoutError as e:
    print("timeout", e, e.__context__)
c = slow()
print(cancel(c), cancel(c))
""")
add(K, "task-raises-systemexit", """
async def bad():
    raise SystemExit(7)
async def ok():
    return 1
print(gather(ok(), bad()))
""")
add(K, "task-raises-keyboardinterrupt", """
async def bad():
    sleep(0)
    raise KeyboardInterrupt
run(bad())
""")
add(K, "parked-tasks-at-end", """
async def wait():
    try:
        receive()
    finally:
        receive()
        print("ESCAPED finally ran after the end")
async def main():
    gather(wait())
try:
    with_timeout(1, main())
except TimeoutError:
    print("timed out")
""", limits=Limits(time=1.0), max_seconds=2.0)
add(K, "iter-sentinel-runtime-generator", """
it = iter(lambda: 1, 2)
print(type(it).__name__, next(it))
for name in ['gi_frame', 'gi_code', 'gi_yieldfrom', '__qualname__']:
    try:
        v = getattr(it, name)
        if name != '__qualname__':
            print("ESCAPED", name, v)
    except AttributeError:
        print("denied", name)
try:
    it.throw(ValueError('x'))
except ValueError as e:
    print("thrown back", e, getattr(e, '__traceback__', None))
""")
add(K, "iter-sentinel-locals", """
it = iter(locals, 0)
d = next(it)
print("locals via runtime", d)
it2 = iter(globals, 0)
g = next(it2)
for k in g:
    if k[:1] == '$':
        print("ESCAPED", k)
""")
add(K, "with-enter-sees-wrapper", """
class C:
    def __enter__(self):
        return self
    def __exit__(self, t, e, tb):
        print("exit", t, e, tb)
        return False
with C() as c:
    print(type(c).__name__, c is not None)
""", bad=("ContextManager",))
add(K, "with-runtime-function-dunders", """
class C:
    __enter__ = staticmethod(locals)
    __exit__ = staticmethod(print)
class D:
    __enter__ = staticmethod(globals)
    def __exit__(self, *a):
        return False
for k in [C, D]:
    try:
        with k() as v:
            print(type(v).__name__, [n for n in v if n[:1] == '$'])
    except TypeError as e:
        print("denied", type(e).__name__)
""", bad=("'$",))
add(K, "async-with-and-for", """
class C:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
async def main():
    async with C() as c:
        print(type(c).__name__)
    async for i in [1, 2]:
        print(i)
run(main())
""", bad=("AsyncContextManager", "_AsyncOverSync"))
add(K, "frame-at-top-level", """
frame()
print("ESCAPED past frame")
""")
add(K, "aiter-anext-builtins", """
async def a():
    yield 1
ag = a()
x = anext(ag)
print(type(x).__name__)
for name in ['gi_frame', 'cr_frame', 'send', 'throw', '__self__']:
    try:
        v = getattr(x, name)
        print("got", name, type(v).__name__)
    except AttributeError:
        print("denied", name)
""", bad=("got gi_frame", "got cr_frame", "got __self__"))

# -- 18. repr / id / hash leaking host addresses ----------------------------------------------------
K = "addresses"
add(K, "id-small-counters", """
def f():
    return 1
ids = [id(x) for x in [print, sorted, len, f, object(), [], iter([]), str.upper, 'x'.join]]
print(ids)
if max(ids) > 10 ** 6:
    print("ESCAPED host id")
""")
add(K, "reprs-no-addresses", """
def f():
    return 1
def g():
    yield 1
class C:
    pass
for v in [print, sorted, len, f, g(), C(), object(), iter([]), [].append, 'x'.join, str.upper,
          (1).__add__, {}.keys(), property(), classmethod(f), super(C, C()), type(print), sleep(0),
          iter(f, 2), C().__init__, list[int], range(3).__iter__()]:
    print(repr(v), str(v), ascii(v), '%r' % (v,), '{!r}'.format(v), f'{v!r}')
""")
add(K, "hash-no-addresses", """
for v in [len, abs, [].append, (1).__add__, 'x'.join, str.upper, int.from_bytes, object(), print]:
    h = hash(v)
    if h > 10 ** 5 or h < -10 ** 5:
        print("ESCAPED address-derived hash", h)
print("done")
""")
add(K, "hash-method-wrapper", """
class C:
    pass
h = hash(C().__init__)
if h > 10 ** 5 or h < -10 ** 5:
    print("ESCAPED address-derived hash")
print("done")
""")
add(K, "default-repr-via-object", """
class C:
    pass
print(object.__repr__(C()), object.__str__(C()))
try:
    C.__repr__ = object.__repr__
    print(repr(C()))
except TypeError as e:
    print("denied", e)
""")
add(K, "exception-repr-of-host-args", """
print(repr(ValueError(print)), repr(OSError(1, sorted)), str(KeyError(print)), str(StopIteration(len)))
""")

# -- 19. exits and signals escaping into the host -----------------------------------------------------
K = "exits"
add(K, "systemexit", "raise SystemExit")
add(K, "systemexit-object", "raise SystemExit(print)")
add(K, "keyboardinterrupt", "raise KeyboardInterrupt")
add(K, "generatorexit", "raise GeneratorExit")
add(K, "baseexception", "raise BaseException('x')")
add(K, "cancellederror", "raise CancelledError()")
add(K, "exit-in-generator-finally", """
def g():
    try:
        yield 1
    finally:
        raise SystemExit(1)
x = g()
next(x)
print("left suspended")
""")
add(K, "exit-in-exception-str", """
class E(Exception):
    def __str__(self):
        raise SystemExit(2)
raise E()
""")
add(K, "interrupt-in-exception-str", """
class E(Exception):
    def __str__(self):
        raise KeyboardInterrupt
raise E()
""")
add(K, "exit-in-hash-during-set", """
class H:
    def __hash__(self):
        raise SystemExit(3)
{H()}
""")
add(K, "exit-in-exit", """
class C:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise KeyboardInterrupt
with C():
    raise ValueError
""")
add(K, "exit-in-repr-of-error", """
class R:
    def __repr__(self):
        raise SystemExit(4)
raise KeyError(R())
""")
add(K, "recursive-str-of-error", """
class E(Exception):
    def __str__(self):
        return str(self)
raise E()
""")

# -- 20. program code after run() returned (finalizers) -----------------------------------------------
K = "finalizers"
add(K, "generator-cycle-finally", """
def g():
    box = yield
    try:
        yield 1
    finally:
        raise ValueError("LATE-FINALIZER " + str(id(object())))
x = g()
next(x)
x.send([x])
print("left a cycle")
""")
add(K, "generator-kept-by-id", """
def g():
    try:
        yield 1
    finally:
        raise ValueError("LATE-FINALIZER")
x = g()
next(x)
id(x)
print("kept alive by id()")
""")
add(K, "generator-unlimited-after-run", """
def g():
    box = yield
    try:
        yield 1
    finally:
        raise ValueError("LATE-FINALIZER allocated " + str(len(bytes(5_000_000))))
x = g()
next(x)
x.send([x])
""", limits=SMALL_MEMORY)
add(K, "generator-finally-at-release", """
def g():
    try:
        yield 1
    finally:
        raise ValueError("PROGRAM TEXT ON HOST STDERR")
x = g()
next(x)
""")
add(K, "stashed-del-after-run", """
keep = []
class P:
    def __init_subclass__(cls):
        keep.append(cls)
try:
    class Q(P):
        def __del__(self):
            raise ValueError("LATE-FINALIZER from __del__")
except TypeError:
    pass
if keep:
    q = keep[0]()
    q.me = [q]
""")
add(K, "coroutine-never-awaited-cycle", """
async def ATTACKER_CONTROLLED_TEXT():
    pass
x = ATTACKER_CONTROLLED_TEXT()
l = [x]
l.append(l)
""")
add(K, "async-generator-cycle", """
async def a():
    box = yield 1
    try:
        yield 2
    finally:
        raise ValueError("LATE-FINALIZER async")
async def main():
    ag = a()
    await anext(ag)
    await ag.asend([ag])
run(main())
""")

# -- 21. limits: memory pre-checks and the clock --------------------------------------------------
K = "limits"


def over(name: str, setup: str, expr: str) -> None:
    """``expr`` builds something larger than the 1 MB memory limit allows: it must be refused."""
    add(K, name, f"{setup}\nprint('ESCAPED', len({expr}))", limits=SMALL_MEMORY)


STR_SUB, LIST_SUB = "class S(str):\n    pass", "class L(list):\n    pass"
LYING = "class S(str):\n    def __len__(self):\n        return {}"
over("slice-assign-range", "l = []\nl[:] = range(2_000_000)", "l")
over("slice-assign-doubling", "l = [0] * 1000\nfor i in range(12):\n    l[len(l):] = l", "l")
over("star-unpack-range", "a, *b = range(2_000_000)", "b")
over("list-init-dunder", "l = []\nl.__init__(range(2_000_000))", "l")
over("list-init-unbound", "l = []\nlist.__init__(l, range(2_000_000))", "l")
over("type-call-bytes", "", "type.__call__(bytes, 2_000_000)")
over("type-call-list", "", "type.__call__(list, range(2_000_000))")
over("super-zfill", STR_SUB, "super(S, S('x')).zfill(2_000_000)")
over("super-extend", LIST_SUB + "\nl = L()\nsuper(L, l).extend(range(2_000_000))", "l")
over("super-fromkeys", "class D(dict):\n    pass", "super(D, D()).fromkeys(range(2_000_000))")
over("super-to-bytes", "class I(int):\n    pass", "super(I, I(1)).to_bytes(2_000_000, 'big')")
over("super-mul", STR_SUB, "super(S, S('x')).__mul__(2_000_000)")
over("super-format-width", STR_SUB, "super(S, S('x')).__format__('2000000')")
over("replace-str-subclass", STR_SUB, "('x' * 1000).replace('x', S('y' * 2000))")
over("join-lying-len", LYING.format(0), "''.join([S('x' * 100000)] * 20)")
over("center-lying-len", LYING.format("10 ** 18"), "S('x').center(2_000_000)")
over("repeat-lying-len", LYING.format(0), "S('x' * 1000) * 2000")
over("bytes-repeat-lying-len", "class B(bytes):\n    def __len__(self):\n        return 0",
     "B(b'x' * 1000) * 2000")
over("dict-update-unticked-zip", "d = {}\nn = range(2_000_000)\nd.update(type.__call__(zip, n, n))", "d")
over("guarded-baseline", "", "[0] * 2_000_000")
add(K, "clock-long-c-calls", "s = 'a' * 2_000_000\nwhile True:\n    s.count('b')",
    limits=Limits(time=0.01), max_seconds=0.3)


def count_by_kind() -> dict[str, int]:
    counts: dict[str, int] = {}
    for attack in ATTACKS:
        counts[attack.kind] = counts.get(attack.kind, 0) + 1
    return counts

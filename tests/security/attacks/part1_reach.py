"""Attacks 1-7: walking from reachable objects to the host (dunders, function internals, frames,
exceptions, format strings, higher-order builtins, match patterns)."""

from __future__ import annotations

from edge_python import Limits

from .kit import CLASS, FUNC, GEN, S_CLASS, add, denied

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

"""Attacks 14-21: the host around the run (imports, names, attribute writes, the scheduler,
addresses, exits, finalizers, limits)."""

from __future__ import annotations

from edge_python import Limits

from .kit import FUNC, GEN, SMALL_MEMORY, add, denied

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

"""Attacks 8-13: runtime objects themselves (type() calls, object dunders, cross-run state,
super(), class hooks, the namespace)."""

from __future__ import annotations

from edge_python import Limits

from .kit import CLASS, FUNC, GEN, S_CLASS, SMALL_MEMORY, add, denied

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

# -- specialised functions: a parameter checked once on entry must never open a native path ---------
K = "specialised-functions"
denied(K, "instance-param-generator", "peek(gen)", GEN + "\ndef peek(p):\n    return p.gi_frame")
denied(K, "instance-param-rebound", "peek(C())",
       GEN + "\n" + CLASS + "\ndef peek(p):\n    p.m()\n    p = gen\n    return p.gi_code")
denied(K, "instance-param-shadowed", "peek(C())",
       GEN + "\n" + CLASS + "\ndef peek(p):\n    p.m()\n    return (lambda p: p.gi_frame)(gen)")
denied(K, "instance-param-class-attribute", "peek(C())", GEN + """
class C:
    pass
C.gi_frame = property(lambda self: gen.gi_frame)
def peek(p):
    return p.gi_frame""")
denied(K, "str-param-format-walk", "render('{0.__globals__}')",
       FUNC + "\ndef render(s):\n    s.isdigit()\n    return s.format(f)")
denied(K, "str-param-subclass-method", "grab(S('x'))", GEN + "\n" + S_CLASS + """
S.strip = lambda self: gen.gi_frame
def grab(s):
    return s.strip()""")
# -- inferred types: a name's type is known only where nothing else can bind it ----------------------
K = "inferred-types"
# a comprehension variable hides an outer name of another type: its operations stay guarded
add(K, "comprehension-shadows-number", """
i = 0
s = [len(i % (10 ** 8, 1)) for i in ["%*d"]]
print("ESCAPED", s)
""", limits=SMALL_MEMORY)
add(K, "comprehension-shadows-number-nested", """
n = 1
s = [[len(n % (10 ** 8, 1)) for n in [m]] for m in ["%*d"]]
print("ESCAPED", s)
""", limits=SMALL_MEMORY)
add(K, "generator-shadows-number", """
k = 2.5
print("ESCAPED", sum(len(k % (10 ** 8, 1)) for k in ["%*d"]))
""", limits=SMALL_MEMORY)
# a parameter checked once on entry and then rebound by a nested def, class or import
K = "specialised-functions"
denied(K, "instance-param-rebound-by-class", "A().m()",
       "class A:\n    def m(self):\n        class self:\n            pass\n        return self.mro()")
denied(K, "instance-param-rebound-by-def", "A().m()",
       "class A:\n    def m(self):\n        self.x = 1\n        def self():\n            return 1\n"
       "        return self.mro")
add(K, "instance-param-rebound-by-import", """
class A:
    def m(self):
        self.x = 1
        try:
            import os as self
        except ImportError:
            pass
        return self.x
print(A().m())
""")
K = "inferred-types"
add(K, "type-alias-rebinds-number", """
s = 0
type s = "%*d"
print("ESCAPED", len(s % (10 ** 8, 1)))
""", limits=SMALL_MEMORY)
add(K, "type-alias-rebinds-number-in-function", """
def f():
    s = 0
    type s = "%*d"
    return len(s % (10 ** 8, 1))
print("ESCAPED", f())
""", limits=SMALL_MEMORY)
# -- this session's native paths: hidden names, compact branches, shared async builtins -----------
K = "hidden-names"
add(K, "unnamed-handler-name-invisible", """
def f():
    try:
        raise ValueError("x")
    except ValueError:
        return list(locals()) + list(globals())
names = f()
print("ESCAPED" if any(k.startswith("$") for k in names) else "denied", len(names))
""")
add(K, "comprehension-temporaries-invisible", """
def f(rows):
    total = sum(a * b % 7 for a, b in rows)
    labels = [f"{a}{b}" for a, b in rows]
    return list(locals())
names = f([(2, 3), (4, 5)])
print("ESCAPED" if any(k.startswith("$") for k in names) else "denied", names)
""")
K = "specialised-functions"
denied(K, "compact-branch-generator-frame", "P.peek(gen)",
       GEN + "\nclass P:\n    def peek(self):\n        return self.gi_frame if self else self.gi_code")
denied(K, "shared-async-builtin-globals", "sleep.__globals__")
denied(K, "shared-async-builtin-code", "receive.__code__")

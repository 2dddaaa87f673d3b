"""Allow-lists: which attributes of which builtin types a program may touch.

Each builtin type has the names it may read natively (safe methods and data attributes) and the
names bound to size-checked replacements (``methods.py``). A name in neither set does not exist
as far as a program can tell. These tables are the whole attribute surface of builtin values.
"""

from __future__ import annotations

import types

from . import methods as m
from .sets import FrozenSet, Set

_STR_SAFE = """capitalize casefold count endswith find index isalnum isalpha isascii isdecimal isdigit
isidentifier islower isnumeric isprintable isspace istitle isupper lower lstrip maketrans partition
removeprefix removesuffix rfind rindex rpartition rstrip startswith strip
swapcase title upper"""
_BYTES_SAFE = """capitalize count endswith find fromhex hex index isalnum isalpha isascii isdigit islower
isspace istitle isupper lower lstrip maketrans partition removeprefix removesuffix rfind rindex
rpartition rstrip startswith strip swapcase title upper"""
_TEXT_GUARDED = {"center": m.center, "ljust": m.ljust, "rjust": m.rjust, "zfill": m.zfill,
                 "expandtabs": m.expandtabs, "replace": m.replace, "join": m.join,
                 "translate": m.translate, "split": m.split, "rsplit": m.rsplit,
                 "splitlines": m.splitlines}

SAFE: dict[type, frozenset] = {
    str: frozenset(_STR_SAFE.split()),
    bytes: frozenset(_BYTES_SAFE.split()),
    list: frozenset("append clear copy count insert pop remove reverse sort".split()),
    tuple: frozenset("count index".split()),
    dict: frozenset("clear copy get items keys pop popitem setdefault update values".split()),
    Set: frozenset("""add clear copy difference difference_update discard intersection
        intersection_update isdisjoint issubset issuperset pop remove symmetric_difference
        symmetric_difference_update union update""".split()),
    FrozenSet: frozenset("copy difference intersection isdisjoint issubset issuperset "
                         "symmetric_difference union".split()),
    int: frozenset("as_integer_ratio bit_count bit_length conjugate denominator imag "
                   "numerator real is_integer".split()),
    float: frozenset("as_integer_ratio conjugate fromhex hex imag is_integer real".split()),
    complex: frozenset("conjugate imag real".split()),
    range: frozenset("start step stop".split()),
    slice: frozenset("indices start step stop".split()),
    type(None): frozenset(),
    type(...): frozenset(),
    property: frozenset("deleter fdel fget fset getter setter".split()),
    classmethod: frozenset(),
    staticmethod: frozenset(),
    types.GeneratorType: frozenset("close send throw".split()),
    types.CoroutineType: frozenset("close send throw".split()),
    types.AsyncGeneratorType: frozenset("aclose asend athrow".split()),
    type({}.keys()): frozenset(("isdisjoint",)),
    type({}.items()): frozenset(("isdisjoint",)),
    type({}.values()): frozenset(),
}
SAFE[bool] = SAFE[int]

GUARDED: dict[type, dict] = {
    str: dict(_TEXT_GUARDED, format=m.str_format, format_map=m.str_format_map, encode=m.encode),
    bytes: dict(_TEXT_GUARDED, decode=m.decode),
    list: {"extend": m.extend, "index": m.list_index},
    dict: {"fromkeys": m.fromkeys},
    int: {"to_bytes": m.to_bytes, "from_bytes": m.from_bytes},
    range: {"count": m.range_count, "index": m.range_index, "__contains__": m.range_contains,
            "__iter__": m.range_iter, "__reversed__": m.range_reversed},
}
GUARDED[bool] = GUARDED[int]

# Class-level callables whose first argument is the class, not an instance.
CLASS_METHODS = {(dict, "fromkeys"), (int, "from_bytes"), (float, "fromhex"), (bytes, "fromhex"),
                 (str, "maketrans"), (bytes, "maketrans")}

EXCEPTION_ATTRS = {
    BaseException: frozenset("args with_traceback add_note".split()),
    StopIteration: frozenset(("value",)),
    StopAsyncIteration: frozenset(("value",)),
    SystemExit: frozenset(("code",)),
    NameError: frozenset(("name",)),
    AttributeError: frozenset(("name",)),
    ImportError: frozenset(("name", "msg")),
    OSError: frozenset("errno strerror".split()),
    SyntaxError: frozenset("msg lineno offset text end_lineno end_offset".split()),
    UnicodeError: frozenset("encoding object start end reason".split()),
}

# Dunders any object may show, resolved natively: the operator and protocol methods that cannot
# build anything large or reach past the object. Amplifying ones (__mul__, __add__ on sequences,
# __mod__ on strings, __pow__, __lshift__, __format__ ...) go through OPERATOR_DUNDERS instead.
PLAIN_DUNDERS = frozenset("""__eq__ __ne__ __lt__ __le__ __gt__ __ge__ __hash__ __bool__ __len__
__iter__ __next__ __reversed__ __contains__ __getitem__ __setitem__ __delitem__ __sub__ __rsub__
__isub__ __neg__ __pos__ __abs__ __invert__ __index__ __int__ __float__ __complex__ __round__
__trunc__ __floor__ __ceil__ __truediv__ __rtruediv__ __floordiv__ __rfloordiv__ __divmod__
__rdivmod__ __and__ __rand__ __iand__ __or__ __ror__ __ior__ __xor__ __rxor__ __ixor__ __rshift__
__rrshift__ __irshift__ __init__ __call__ __enter__ __exit__ __aenter__ __aexit__ __aiter__ __anext__
__await__ __getattr__ __missing__ __matmul__ __rmatmul__ __imatmul__ __itruediv__ __ifloordiv__
__length_hint__""".split())
PLAIN_DUNDERS = PLAIN_DUNDERS - {"__length_hint__"}

# Dunders that compute something potentially large: bound to the guarded operators.
OPERATOR_DUNDERS = frozenset("""__add__ __radd__ __iadd__ __mul__ __rmul__ __imul__ __mod__
__rmod__ __imod__ __pow__ __rpow__ __ipow__ __lshift__ __rlshift__ __ilshift__ __format__
__repr__ __str__""".split())

# Data dunders with a fixed meaning.
INFO_DUNDERS = frozenset("__name__ __qualname__ __module__ __doc__".split())

# Names a class body may not define: finalizers run outside the run's limits, and the rest would
# let a class lie to the gate about what it is.
FORBIDDEN_IN_CLASS = frozenset("""__del__ __getattribute__ __class__ __bases__ __mro__
__subclasses__ __globals__ __code__ __builtins__ __closure__ __func__ __self__
__length_hint__ __prepare__ __instancecheck__ __subclasscheck__
__reduce__ __reduce_ex__ __edge_user__""".split())

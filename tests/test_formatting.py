"""Differential tests of edge_python.runtime.formatting against CPython's own formatting.

Every table row is run twice: through CPython (``format``, ``%``, ``str.format``, ``str.format_map``) and
through the sandbox implementation with plain test hooks. Results must be equal, or both must raise the
same exception type with the same message. Probe objects log the program-visible calls (``__str__``,
``__format__``, ``__index__``...) so the order of side effects is compared as well.
"""

from __future__ import annotations

import builtins
import operator
import random

import pytest

from edge_python.runtime import formatting
from edge_python.runtime.formatting import check_spec, format_map, format_value, percent_format, str_format


class LimitError(BaseException):
    """Stands in for the sandbox's uncatchable limit error."""


class Hooks:
    """A minimal runtime: real conversions, and an attribute gate that refuses names starting with ``_``."""

    max_width = 1_000_000
    max_len = 5_000_000

    def __init__(self):
        self.calls = []

    def getattr(self, obj, name):
        self.calls.append(("getattr", name))
        if name.startswith("_"):
            raise AttributeError(f"access to {name!r} is not allowed")
        return builtins.getattr(obj, name)

    def getitem(self, obj, key):
        self.calls.append(("getitem", key))
        return obj[key]

    def str(self, obj):
        return builtins.str(obj)

    def repr(self, obj):
        return builtins.repr(obj)

    def ascii(self, obj):
        return builtins.ascii(obj)

    def fields(self, count):
        pass

    def format_object(self, obj, spec):
        self.calls.append(("format_object", spec))
        return builtins.format(obj, spec)

    def index(self, obj):
        return operator.index(obj)

    def int(self, obj):
        return builtins.int(obj)

    def float(self, obj):
        return builtins.float(obj)

    def limit(self, message):
        self.calls.append(("limit", message))
        raise LimitError(message)

    def check_len(self, n):
        self.calls.append(("check_len", n))
        if n > self.max_len:
            raise LimitError("string too long")


LOG: list = []


class Probe:
    """A program object whose dunder calls are logged, to compare side-effect order with CPython."""

    def __init__(self, name="p"):
        self.name = name

    def __str__(self):
        LOG.append((self.name, "str"))
        return f"<{self.name}>"

    def __repr__(self):
        LOG.append((self.name, "repr"))
        return f"P({self.name})"

    def __format__(self, spec):
        LOG.append((self.name, "format", spec))
        return f"[{self.name}:{spec}]"

    def __getattr__(self, attr):
        if attr.startswith("_"):
            raise AttributeError(f"access to {attr!r} is not allowed")
        LOG.append((self.name, "getattr", attr))
        return Probe(f"{self.name}.{attr}")

    def __getitem__(self, key):
        LOG.append((self.name, "getitem", key))
        return Probe(f"{self.name}[{key!r}]")


class Indexable(Probe):
    def __index__(self):
        LOG.append((self.name, "index"))
        return 66


class Intable(Probe):
    def __int__(self):
        LOG.append((self.name, "int"))
        return 42


class Floatable(Probe):
    def __float__(self):
        LOG.append((self.name, "float"))
        return 2.5


class Bytesable(Probe):
    def __bytes__(self):
        LOG.append((self.name, "bytes"))
        return b"BY"


class BadFloat(Probe):
    def __float__(self):
        raise ValueError("no float here")


class IntSub(int):
    def __str__(self):
        return "IntSub!"


class FloatSub(float):
    pass


class StrSub(str):
    pass


class Missing(dict):
    def __missing__(self, key):
        return f"<{key}>"


class Plain:
    """No ``__format__`` of its own: object.__format__ rules apply."""

    def __str__(self):
        return "plain"


def outcome(fn):
    """Run ``fn``; return ('ok', value) or ('raise', type, message) plus the probe log."""
    LOG.clear()
    try:
        result = ("ok", fn())
    except LimitError as exc:
        result = ("limit", str(exc))
    except Exception as exc:  # noqa: BLE001 - any exception is part of the compared behaviour
        result = ("raise", type(exc), str(exc))
    return result, list(LOG)


def same(ours, theirs):
    """Compare our outcome with CPython's (NaN-free values compare with ==, types must match too)."""
    assert ours == theirs
    if ours[0][0] == "ok":
        assert type(ours[0][1]) is type(theirs[0][1])


def check_percent(fmt, args, allow_limit=False):
    ours = outcome(lambda: percent_format(fmt, args, Hooks()))
    if allow_limit and ours[0][0] == "limit":
        return  # refused before CPython would build an oversize string
    same(ours, outcome(lambda: fmt % args))


def check_format(fmt, args=(), kwargs=None):
    kwargs = kwargs or {}
    ours = outcome(lambda: str_format(fmt, args, kwargs, Hooks()))
    same(ours, outcome(lambda: fmt.format(*args, **kwargs)))


def check_value(value, spec, allow_limit=False):
    ours = outcome(lambda: format_value(value, spec, Hooks()))
    if allow_limit and ours[0][0] == "limit":
        return
    same(ours, outcome(lambda: format(value, spec)))


# ---------------------------------------------------------------- format() / format specs

SCALARS = [0, 7, -42, 10**20, True, False, 0.0, -0.0, 3.14159, -2.5e-7, 1e300, float("inf"), float("-inf"),
           "", "abc", "é", 1 + 2j, -0.5j, None]
SPECS = [
    "", "d", "x", "#x", "X", "#o", "b", "#b", "c", "n", "s", "r", ">10", "<10", "^10", "=10", "*^9", "0>5",
    "010", "+", "-", " ", "+08.3f", ",", "_", "_x", ",x", ",.2f", ",_", ".3", ".0", ".3f", ".2e", ".2%", "%",
    "g", "G", "E", ".10g", "#.3g", "z.1f", "z", ".", "10.", "<", "1.2.3", "xx", ">10s", "é^7", "{^5",
    "١٠", ">١٠", ".١f", "0=12,.3f", "99999999999999999999", ".99999999999999999999", "#010_b", "=+12",
]


@pytest.mark.parametrize("value", SCALARS, ids=repr)
@pytest.mark.parametrize("spec", SPECS, ids=repr)
def test_format_value_matches_cpython(value, spec):
    if spec.startswith("9") or spec.startswith(".9"):
        return  # over the limit: refused, see test_limits
    check_value(value, spec)


@pytest.mark.parametrize("value", [IntSub(5), FloatSub(1.5), StrSub("s"), Probe(), Plain(), [1, 2], (1,), {}])
@pytest.mark.parametrize("spec", ["", ">5", "d", "x<4"])
def test_format_value_routes_other_types_to_format_object(value, spec):
    hooks = Hooks()
    ours = outcome(lambda: format_value(value, spec, hooks))
    same(ours, outcome(lambda: format(value, spec)))
    assert ("format_object", spec) in hooks.calls


@pytest.mark.parametrize("spec", [3, None, b"x", StrSub(">4")])
def test_format_value_spec_type(spec):
    check_value(5, spec)


def test_format_value_none_does_not_use_hooks():
    hooks = Hooks()
    assert format_value(None, "", hooks) == "None"
    with pytest.raises(TypeError, match="unsupported format string passed to NoneType.__format__"):
        format_value(None, ">5", hooks)
    assert hooks.calls == []


# ---------------------------------------------------------------- limits


@pytest.mark.parametrize("call, message", [
    (lambda h: format_value(5, "20000001d", h), "format width exceeds limit"),
    (lambda h: format_value(1.5, ".20000001f", h), "format precision exceeds limit"),
    (lambda h: format_value("x", ">1000001", h), "format width exceeds limit"),
    (lambda h: format_value("x", "٩٩٩٩٩٩٩٩", h), "format width exceeds limit"),
    (lambda h: format_value(5, "9" * 5000, h), "format width exceeds limit"),
    (lambda h: format_value("x", ".1000001", h), "format precision exceeds limit"),
    (lambda h: check_spec("<99999999", h), "format width exceeds limit"),
    (lambda h: check_spec(".99999999", h), "format precision exceeds limit"),
    (lambda h: percent_format("%*d", (10**9, 1), h), "format width exceeds limit"),
    (lambda h: percent_format("%*d", (-10**9, 1), h), "format width exceeds limit"),
    (lambda h: percent_format("%20000001d", (1,), h), "format width exceeds limit"),
    (lambda h: percent_format("%.*f", (10**7, 1.0), h), "format precision exceeds limit"),
    (lambda h: percent_format("%.20000001s", ("x",), h), "format precision exceeds limit"),
    (lambda h: percent_format(b"%*s", (10**9, b"x"), h), "format width exceeds limit"),
    (lambda h: str_format("{:20000001}", (1,), {}, h), "format width exceeds limit"),
    (lambda h: str_format("{0:{1}}", ("a", 10**7), {}, h), "format width exceeds limit"),
    (lambda h: str_format("{0:>{1}}", ("a", 10**20), {}, h), "format width exceeds limit"),
    (lambda h: str_format("{0:.{1}f}", (1.0, 10**7), {}, h), "format precision exceeds limit"),
    (lambda h: format_map("{a:>{w}}", {"a": 1, "w": 10**8}, h), "format width exceeds limit"),
])
def test_limits(call, message):
    hooks = Hooks()
    with pytest.raises(LimitError, match=message):
        call(hooks)
    assert hooks.calls[-1] == ("limit", message)


def test_check_len_sees_padding_and_totals():
    hooks = Hooks()
    format_value("x", ">500", hooks)
    assert ("check_len", 500) in hooks.calls
    hooks = Hooks()
    with pytest.raises(LimitError, match="string too long"):
        percent_format("%900000d" * 10, tuple(range(10)), hooks)
    hooks = Hooks()
    with pytest.raises(LimitError, match="string too long"):
        str_format("{0}" * 100, ("x" * 100_000,), {}, hooks)
    hooks = Hooks()
    with pytest.raises(LimitError, match="string too long"):
        str_format("{:>900000}" * 10, tuple(range(10)), {}, hooks)


def test_limits_within_bound_are_allowed():
    hooks = Hooks()
    assert format_value(5, "1000000", hooks) == format(5, "1000000")
    assert percent_format("%*s", (1_000_000, "a"), hooks) == "%*s" % (1_000_000, "a")  # noqa: UP031


# ---------------------------------------------------------------- the sandbox gate


def test_attribute_fields_go_through_the_gate():
    hooks = Hooks()
    with pytest.raises(AttributeError, match="access to '__class__' is not allowed"):
        str_format("{0.__class__}", (1,), {}, hooks)
    assert hooks.calls == [("getattr", "__class__")]
    hooks = Hooks()
    with pytest.raises(AttributeError, match="not allowed"):
        str_format("{0.real.__class__.__bases__}", (1,), {}, hooks)
    assert hooks.calls == [("getattr", "real"), ("getattr", "__class__")]
    hooks = Hooks()
    with pytest.raises(AttributeError, match="not allowed"):
        format_map("{x.__globals__}", {"x": test_attribute_fields_go_through_the_gate}, hooks)


def test_item_fields_go_through_the_gate():
    hooks = Hooks()
    assert str_format("{0[a][1].real}", ({"a": [5, 6]},), {}, hooks) == "6"
    assert hooks.calls[:3] == [("getitem", "a"), ("getitem", 1), ("getattr", "real")]
    hooks = Hooks()
    assert str_format("{0[١]}", ([5, 6],), {}, hooks) == "6"
    assert hooks.calls[0] == ("getitem", 1)


def test_user_objects_use_format_object():
    hooks = Hooks()
    assert str_format("{0:abc} {0!r:>8}", (Probe("q"),), {}, hooks) == "[q:abc]     P(q)"
    assert ("format_object", "abc") in hooks.calls
    with pytest.raises(TypeError, match="unsupported format string passed to Plain.__format__"):
        format_value(Plain(), "x", Hooks())


def test_public_names():
    for name in ("format_value", "percent_format", "str_format", "format_map", "check_spec"):
        assert callable(getattr(formatting, name))


# ---------------------------------------------------------------- % formatting

PERCENT_CASES = [
    ("%d-%s", (1, "a")), ("%s", "x"), ("%s", ("x",)), ("%s", ((1, 2),)), ("%s", [1]), ("%s %s", [1]),
    ("%s", {}),
    ("%s %s", {}), ("abc", 5), ("abc", "x"), ("abc", ()), ("abc", {}), ("abc", [1]), ("abc", b"x"),
    ("abc", {1}),
    ("abc", range(3)), ("%%", ()), ("%%", 5), ("%%%s", 5), ("%5%", ()), ("%5%", (1,)), ("%(a)%", {"a": 1}),
    ("%", ()), ("abc%", 5), ("%5", ()), ("%.", ()), ("%*", (5,)), ("%*", ()), ("%-", 5), ("%l", 5),
    ("%lld", 5),
    ("%ld %hi %Lu", (1, 2, 3)), ("%y", 1), ("a%\x80", 1), ("%\u1234", 1), ("%\x1f", 1), ("%\x7f", 1),
    ("% ", 1),
    ("%99999999999999999999d", (1,)), ("%.99999999999999999999d", (1,)), ("%*d", (10**30, 1)),
    ("%.*d", (10**30, 1)), ("%.*d", (2**31, 1)), ("%.*d", (-3, 1)), ("%*d", (-3, 1)), ("%*d", (1.5, 1)),
    ("%*d", (True, 1)), ("%*.*f", (8, 2, 3.14159)), ("%.*f", (2,)), ("%(a", {"a": 1}), ("%(a)", {"a": 1}),
    ("%(a)", {}), ("%(a(b))s", {"a(b)": 1}), ("%(a)s", (1,)), ("%(a)s", 5), ("%(a)s", [1]), ("%()s", {"": 3}),
    ("%(a)s %s", {"a": 1}), ("%(a)*d", {"a": 5}), ("%(a)s%(b)s", {"a": 1}), ("%(a)s", {"a": 1, "b": 2}),
    ("%(a)-5d|", {"a": 7}), ("%s %s", (1,)), ("%s", (1, 2)), ("%d", 1.5), ("%d", 1j), ("%x", 1.5), ("%d",
    "5"),
    ("%x", "1"), ("%d", None), ("%d", [1]), ("%i", 3.9), ("%u", -3), ("%d", float("inf")),
    ("%d", float("nan")),
    ("%d", 2.0**70), ("%d", 10**20), ("%#o", 8), ("%#x", 255), ("%#X", -255), ("%.3x", 5), ("%#.3o", 8),
    ("%#05x", 10), ("%-#5x", 10), ("% x", 10), ("%+x", 10), ("%o", True), ("%x", True), ("%.2d", -5),
    ("%-+05d", 3), ("%0-5d", 3), ("% 05d", 3), ("%f", "1"), ("%f", 1j), ("%f", None), ("%f", []),
    ("%e", 10**400),
    ("%e", True), ("%+.3e", -0.0), ("%.0f", 0.5), ("%#.0f", 1), ("%#g", 1), ("%#.3g", 1), ("%G", 1e-10),
    ("%-05.1f", 1.25), ("%F", float("nan")), ("%010.2f", -3.14159), ("%c", 1.5), ("%c", "ab"), ("%c", ""),
    ("%c", -1), ("%c", 2**70), ("%c", 0x110000), ("%c", True), ("%c", "é"), ("%c", 65),
    ("%5c|%-3c", ("a", 98)),
    ("%.1c", "a"), ("%05s", "a"), ("%+s", "a"), ("%5.2s", "abc"), ("%.0s", "abc"), ("%-6r", "é"), ("%a", "é"),
    ("%r", "é"), ("%s", True), ("%s", None), ("%#s", 5), ("%s", 10**30), ("%5s", 10**30), ("%b", 1),
    ("%s %r %a", (StrSub("s"), StrSub("r"), "\u20ac")), ("%d %x %c", (IntSub(7), IntSub(255), IntSub(65))),
    ("%s", IntSub(3)), ("%f", FloatSub(1.5)), ("%d", FloatSub(2.5)), ("%x", FloatSub(2.5)),
    ("%d %x %o %c %f", tuple(Indexable(str(i)) for i in range(5))),
    ("%d %x", (Intable("i"), Intable("j"))), ("%f %d %c", (Intable("i"), Floatable("f"), Floatable("g"))),
    ("%s%d", (Probe("a"), Probe("b"))), ("%r %s %y", (Probe("a"), Probe("b"), Probe("c"))),
    ("%s %d", (Probe("a"),)), ("%f", BadFloat()), ("%.3s|%5r|%-7a|", (Probe("a"), Probe("b"), Probe("c"))),
    ("%s", StrSub("hi")), (StrSub("%s!"), 1), ("%(x)s", {"x": Probe("x")}), ("%(x)s|%(y)r", Probe("m")),
    ("%s", Probe("m")), ("abc", Probe("m")), ("%(a)s", Missing()), ("%s%s", Probe("m")), ("%1\x80", 1),
]

BYTES_CASES = [
    (b"%s", "x"), (b"%s", 5), (b"%s", b"x"), (b"%s", bytearray(b"x")), (b"%s", memoryview(b"mv")),
    (b"%b", b"x"), (b"%r", "\xe9"), (b"%a", b"x"), (b"%c", 256), (b"%c", b"ab"), (b"%c", "a"), (b"%c", 65),
    (b"%c", 1.5), (b"%c", bytearray(b"a")), (b"%c", 255), (b"%c", -1), (b"%c", 2**70), (b"abc", b"x"),
    (b"abc", "x"), (b"abc", bytearray(b"x")), (b"abc", [1]), (b"abc", {}), (b"%y", 1), (b"%\xff", 1),
    (b"%\x80", 1), (b"%\x7f", 1), (b"%\x1f", 1), (b"%", ()), (b"%(a)s", {b"a": b"x"}),
    (b"%(a)s", {"a": b"x"}),
    (b"%*d", (10**30, 1)), (b"%99999999999999999999d", 1), (b"%.99999999999999999999d", 1), (b"%d", "x"),
    (b"%f", "x"), (b"%f", 10**400), (b"%f", BadFloat()), (b"%x", 1.5), (b"%d", 1j), (b"%5s", b"x"),
    (b"%.1s", b"xy"), (b"%5c", 65), (b"%s", None), (b"%(a)s", b"x"), (b"%(a)s", bytearray(b"x")),
    (b"%5%", (1,)), (b"%%", ()), (b"%(a)%", {b"a": 1}), (b"%-5b|%5b", (b"ab", bytearray(b"cd"))),
    (b"%s", Bytesable("b")), (b"%s %r", (Probe("a"), Probe("b"))),
    (b"%x %c %d", tuple(Indexable(c) for c in "xyz")),
    (b"%+08.2f %#x %e", (3.14159, 255, 1e10)), (bytearray(b"%s-%d"), (b"a", 5)),
    (b"%.*f|%*d", (2, 1.5, -4, 3)),
    (b"caf\xe9 %s", b"\xff"), (b"%s", (b"a", b"b")), (b"%s %s", (b"a",)),
    (b"%1\x80", 1), (b"%5\xe9", 1), (b"%*\x80", (1, 2)), (b"%.5\xe9", 1), (b"%.\xe9", 1), (b"%l\xe9", 1),
    (b"%(a)s", Probe("m")), (b"%(a)s", {}),
]


@pytest.mark.parametrize("fmt, args", PERCENT_CASES + BYTES_CASES, ids=repr)
def test_percent_matches_cpython(fmt, args):
    check_percent(fmt, args)


# ---------------------------------------------------------------- str.format / format_map

FORMAT_CASES = [
    ("{}", (1,), {}), ("{0}{1}", (1, 2), {}), ("{1}{0}", (1, 2), {}), ("{a}", (), {"a": 3}), ("{a}", (), {}),
    ("{a}", (), {"b": 1}), ("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}), ("{a}{}{0}", (1, 2), {"a": 3}),
    ("{0}{a}{}", (1, 2), {"a": 3}), ("}", (), {}), ("{", (), {}), ("a}b", (), {}), ("a{{b", (), {}),
    ("}}{{", (), {}), ("{0}}", (1,), {}), ("{{0}", (1,), {}), ("{0", (1,), {}), ("{0:", (1,), {}),
    ("{0:x", (1,), {}), ("{0:{", (1,), {}), ("{0:{}", (1,), {}), ("{0:}}", (1,), {}), ("{0:{{}}}", (1,), {}),
    ("{:}", (1,), {}), ("{:{{}", (1,), {}), ("{0!}", (1,), {}), ("{!r", (1,), {}), ("{!", (1,), {}),
    ("{0!rx}", (1,), {}), ("{0!r:}", (1,), {}), ("{0!x}", (1,), {}), ("{0!\x80}", (1,), {}),
    ("{0! }", (1,), {}), ("{0!\x7f}", (1,), {}), ("{0!}}", (1,), {}), ("{0!:}", (1,), {}),
    ("{0!{}", (1,), {}),
    ("{0!r!s}", (1,), {}), ("{0:!r}", (1,), {}), ("{0!rr:}", (1,), {}), ("{0:{1}}", (1, 5), {}),
    ("{0:{1:{2}}}", (1, 2, 3), {}), ("{:{}}", ("a", 5), {}), ("{:{:{}}}", (1, 2, 3), {}), ("{a{b}c}", (), {}),
    ("{0[}", ([1],), {}), ("{0[1]}", ([1, 2],), {}), ("{0[a]}", ({"a": 1},), {}),
    ("{0[1a]}", ({"1a": 1},), {}),
    ("{0[-1]}", ({"-1": 1},), {}), ("{0.}", (1,), {}), ("{0..a}", (1,), {}), ("{0[]}", (1,), {}),
    ("{0]}", (1,), {}), ("{0[0]x}", ([1],), {}), ("{٠}", ("a",), {}), ("{0[١]}", ([5, 6],), {}),
    ("{99999999999999999999}", (), {}), ("{0[99999999999999999999]}", ([1],), {}),
    ("{0:{1}{2}}", (3.14159, 10, ".2f"), {}),
    ("{0:{a}}", (3,), {"a": ">5"}), ("{0:{}}", (3, 4), {}), ("{:{0}}", (3, 4), {}), ("{!r:{}}", ("a", 5), {}),
    ("{0!r:>5}", ("a",), {}), ("{0.real}", (5,), {}), ("{0[0][1]}", ([[1, 2]],), {}),
    ("{0[0].real}", ([5],), {}), ("{0.real[0]}", (5,), {}), ("{0[0]}", ("abc",), {}),
    ("{0[5]}", ("abc",), {}),
    ("{0[0]}", ({0: "x"},), {}), ("{0[0]}", (5,), {}), ("{}{}", (1,), {}), ("{0}", (), {}), ("{1}", (1,), {}),
    ("{:d}", ("a",), {}), ("{!s:d}", (5,), {}), ("{!a}", ("é",), {}), ("{0!s}", (None,), {}),
    ("{0:}", (None,), {}),
    ("{0:d}", (None,), {}), ("{0:<5}", (None,), {}), ("{0:{1}}", (1, "{"), {}), ("x{0:{1}}", (1, "}"), {}),
    ("{0:{{1}}}", (1,), {}), ("{ }", (1,), {}), ("{ 0}", (1,), {}), ("{0 }", (1,), {}), ("{-1}", (1,), {}),
    ("{0[ ]}", ({" ": 1},), {}), ("{0.a b}", (1,), {}), ("{[0]}", ([7],), {}), ("{.real}", (7,), {}),
    ("{0[}]}", ({"}": 1},), {}), ("{0[{]}", ({"{": 1},), {}), ("{0[:]}", ({":": 2},), {}),
    ("{0[!]}", ({"!": 3},), {}),
    ("{0:{1}.{2}f}", (3.14159, 10, 2), {}), ("{0:{fill}{align}{width}}", ("x",), {"fill": "*",
    "align": "^", "width": 9}),
    ("{0:,}|{0:_x}|{0:#b}", (123456789,), {}), ("{0!r:^20}|{0!a}", ("caf\xe9",), {}),
    ("{0:%}|{0:.1e}", (0.125,), {}),
    ("{0.imag:+}{0.real:.0f}", (1 + 2j,), {}), ("{0:{1}", (1, 2), {}), ("{0:{1}}}", (1, 2), {}),
    ("{0}{1:x}{2", (Probe("a"), Probe("b"), 3), {}), ("{0.x}{1}", (Probe("a"),), {}),
    ("{0.x.y[k][2]}", (Probe(),), {}),
    ("{0!s:5}{1!r}{2!z}", (Probe("a"), Probe("b"), Probe("c")), {}),
    ("{0:{1.w}}", (Probe("a"), Probe("b")), {}),
    ("{0:{1}}", (Probe("a"), Indexable("n")), {}), ("{0.x!r:>9}", (Probe("a"),), {}),
    ("{0[0]}", (Probe(),), {}),
    ("{1111111111111111111111111xa}", (), {}), ("{0[99999999999999999999x]}", ({},), {}),
    ("{0:x}{0.y:z}", (Plain(),), {}), ("{0.y}", (Plain(),), {}), ("{0:{1}", (Probe("a"), Probe("b")), {}),
]


@pytest.mark.parametrize("fmt, args, kwargs", FORMAT_CASES, ids=repr)
def test_str_format_matches_cpython(fmt, args, kwargs):
    check_format(fmt, args, kwargs)


@pytest.mark.parametrize("fmt, mapping", [
    ("{a}", {"a": 1}), ("{a.real}", {"a": 1}), ("{0}", {}), ("{}", {}), ("{a}{b}", Missing(a=1)),
    ("{a[0]:>4}", {"a": [7]}), ("{a}", {}), ("{a:{b}}", {"a": 1, "b": 4}), ("{a:{}}", {"a": 1}),
    ("x{a", {"a": 1}),
    ("{a!r}", {"a": Probe("a")}), ("{a}", [1]), ("{a.b}{c[0]}", Probe("m")), ("{a}", 5),
], ids=repr)
def test_format_map_matches_cpython(fmt, mapping):
    same(outcome(lambda: format_map(fmt, mapping, Hooks())), outcome(lambda: fmt.format_map(mapping)))


# ---------------------------------------------------------------- randomized differential tests

PERCENT_TOKENS = ["%", "%", "%", "(", ")", "a", "-", "+", " ", "#", "0", "1", "5", "*", ".", "l", "s", "r",
                  "a", "d", "i", "x", "X", "o", "u", "e", "f", "g", "G", "c", "y", "é", "b", "9"]
PERCENT_VALUES = [0, -5, 7, 65, True, 3.5, -0.0, 1e300, "x", "é", "", "abc", b"x", None, [1], 1j, 2**70, -3,
                  0x110000, (1, 2), StrSub("ss"), IntSub(9)]


def random_percent_case(rng: random.Random, as_bytes: bool):
    fmt = "".join(rng.choice(PERCENT_TOKENS) for _ in range(rng.randint(1, 9)))
    values = PERCENT_VALUES + ([b"ab", bytearray(b"z"), b"q"] if as_bytes else [])
    shape = rng.random()
    if shape < 0.6:
        args = tuple(rng.choice(values) for _ in range(rng.randint(0, 4)))
    elif shape < 0.85:
        keys = [b"a", b""] if as_bytes else ["a", ""]
        args = {k: rng.choice(values) for k in keys if rng.random() < 0.8}
    else:
        args = rng.choice(values)
    return (fmt.encode("latin-1") if as_bytes else fmt), args


FORMAT_TOKENS = ["{", "}", "{", "}", "0", "1", "a", ".", "[", "]", "!", "r", "s", ":", ">", "5", "d", " ",
                 "x", "real", "{}", "{0}", "{a}", "٣", "#", ","]
FORMAT_VALUES = [5, -2.5, "str", [1, [2, 3]], {"a": 1, "0": 2, 0: 3}, None, True, 1j, (4, 5)]


def random_format_case(rng: random.Random):
    fmt = "".join(rng.choice(FORMAT_TOKENS) for _ in range(rng.randint(1, 8)))
    args = tuple(rng.choice(FORMAT_VALUES) for _ in range(rng.randint(0, 3)))
    kwargs = {"a": rng.choice(FORMAT_VALUES)} if rng.random() < 0.7 else {}
    return fmt, args, kwargs


@pytest.mark.parametrize("seed", range(8))
def test_percent_random(seed):
    rng = random.Random(seed)
    for _ in range(400):
        check_percent(*random_percent_case(rng, as_bytes=rng.random() < 0.3), allow_limit=True)


@pytest.mark.parametrize("seed", range(8))
def test_str_format_random(seed):
    rng = random.Random(1000 + seed)
    for _ in range(400):
        check_format(*random_format_case(rng))


@pytest.mark.parametrize("seed", range(4))
def test_format_value_random(seed):
    rng = random.Random(2000 + seed)
    alphabet = list("<>=^*0123456789+- z#,_.%bcdeEfFgGnosxX") + ["١", "é"]
    for _ in range(500):
        spec = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 7)))
        check_value(rng.choice(SCALARS), spec, allow_limit=True)

"""Parser trees: a table of (source, dump of each statement), the CPython oracle, and spans.

The table rows are compared with ``dump()`` of our tree, and (unless Edge-only: quoted imports,
type parameters) with ``tests/support/pyast.py``'s rendering of CPython's own tree wherever the
running CPython parses the source. The oracle test does the latter for every program of
``tests/conformance/vm.json`` and ``tests/cases``; the span test checks, over the same corpus,
that every node's span is well-formed and nested in its parent's.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

from edge_python.syntax import nodes as n
from edge_python.syntax.dump import dump
from edge_python.syntax.parser import parse

TESTS = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("pyast", TESTS / "support" / "pyast.py")
pyast = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pyast)


def P(source, *dumps, edge=False):
    return pytest.param(source, list(dumps), edge, id=repr(source)[:50])


def ours(source):
    return [dump(stmt) for stmt in parse(source).body]


def cpython(source):
    """CPython's dump, or None where the running CPython does not parse the source."""
    try:
        dumps = pyast.dump_python(source)
    except SyntaxError:
        return None
    if sys.version_info[:2] == (3, 12):  # 3.12 puts empty constants in nested format specs
        tree = ast.parse(source)
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                node.values = [v for v in node.values if not (isinstance(v, ast.Constant) and v.value == "")]
        dumps = [pyast._dump(stmt) for stmt in tree.body]
    return dumps


TREES = [
    P('x = 1', '(Assign [(Name x)] (Constant 1))'),
    P('x = y = z', '(Assign [(Name x) (Name y)] (Name z))'),
    P('a, b = b, a', '(Assign [(Tuple [(Name a) (Name b)])] (Tuple [(Name b) (Name a)]))'),
    P('a, *b = c', '(Assign [(Tuple [(Name a) (Starred (Name b))])] (Name c))'),
    P('[a, (b, *c)] = d', '(Assign [(List [(Name a) (Tuple [(Name b) (Starred (Name c))])])] (Name d))'),
    P('x.y[0] = 1', '(Assign [(Subscript (Attribute (Name x) y) (Constant 0))] (Constant 1))'),
    P('(x) = 1', '(Assign [(Name x)] (Constant 1))'),
    P('x += 1', '(AugAssign (Name x) Add (Constant 1))'),
    P('x.y **= 2', '(AugAssign (Attribute (Name x) y) Pow (Constant 2))'),
    P('x[0] //= 3', '(AugAssign (Subscript (Name x) (Constant 0)) FloorDiv (Constant 3))'),
    P('x @= m', '(AugAssign (Name x) MatMult (Name m))'),
    P('x: int', '(AnnAssign (Name x) (Name int) None 1)'),
    P('x: int = 1', '(AnnAssign (Name x) (Name int) (Constant 1) 1)'),
    P('(x): int = 1', '(AnnAssign (Name x) (Name int) (Constant 1) 0)'),
    P('x.y: List[int] = []',
      '(AnnAssign (Attribute (Name x) y) (Subscript (Name List) (Name int)) (List []) 0)'),
    P('x = yield', '(Assign [(Name x)] (Yield None))'),
    P('x = yield from y', '(Assign [(Name x)] (YieldFrom (Name y)))'),
    P('x = yield a, b', '(Assign [(Name x)] (Yield (Tuple [(Name a) (Name b)])))'),
    P('pass', '(Pass)'),
    P('break', '(Break)'),
    P('continue', '(Continue)'),
    P('return', '(Return None)'),
    P('return x', '(Return (Name x))'),
    P('return x, *y', '(Return (Tuple [(Name x) (Starred (Name y))]))'),
    P('del x', '(Delete [(Name x)])'),
    P('del x, y[0], z.a', '(Delete [(Name x) (Subscript (Name y) (Constant 0)) (Attribute (Name z) a)])'),
    P('del (a, b), [c]', '(Delete [(Tuple [(Name a) (Name b)]) (List [(Name c)])])'),
    P('del x,', '(Delete [(Name x)])'),
    P('global a', '(Global [a])'),
    P('global a, b', '(Global [a b])'),
    P('nonlocal a, b', '(Nonlocal [a b])'),
    P('assert x', '(Assert (Name x) None)'),
    P("assert x, 'msg'", '(Assert (Name x) (Constant msg))'),
    P('raise', '(Raise None None)'),
    P('raise E', '(Raise (Name E) None)'),
    P('raise E from None', '(Raise (Name E) (Constant None))'),
    P('raise E() from e', '(Raise (Call (Name E) [] []) (Name e))'),
    P('import a', '(Import [(alias a None)])'),
    P('import a.b.c', "(Import [(alias 'a.b.c' None)])"),
    P('import a as b, c.d as e', "(Import [(alias a b) (alias 'c.d' e)])"),
    P('from a import b', '(ImportFrom a [(alias b None)] 0 False)'),
    P('from a.b import c as d, e', "(ImportFrom 'a.b' [(alias c d) (alias e None)] 0 False)"),
    P('from . import a', '(ImportFrom None [(alias a None)] 1 False)'),
    P('from .. import a', '(ImportFrom None [(alias a None)] 2 False)'),
    P('from .a import b', '(ImportFrom a [(alias b None)] 1 False)'),
    P('from ...a.b import (c, d,)', "(ImportFrom 'a.b' [(alias c None) (alias d None)] 3 False)"),
    P('from a import *', "(ImportFrom a [(alias '*' None)] 0 False)"),
    P("from './u.py' import f", "(ImportFrom './u.py' [(alias f None)] 0 True)", edge=True),
    P('import "x" as y', '(Import [(alias (Constant x) y)])', edge=True),
    P("import 'a', b", '(Import [(alias (Constant a) None) (alias b None)])', edge=True),
    P("from 'lib' import (f as g, h)", '(ImportFrom lib [(alias f g) (alias h None)] 0 True)', edge=True),
    P('x; y; z', '(Expr (Name x))', '(Expr (Name y))', '(Expr (Name z))'),
    P('x = 1;', '(Assign [(Name x)] (Constant 1))'),
    P('type X = int', '(TypeAlias (Name X) [] (Name int))'),
    P('type X[T] = list[T]',
      '(TypeAlias (Name X) [(type_param T None)] (Subscript (Name list) (Name T)))',
      edge=True),
    P('type X[T: int, *Ts, **P] = tuple[T, *Ts]',
      '(TypeAlias (Name X) [(type_param T (Name int)) (type_param Ts None) (type_param P None)] '
      '(Subscript (Name tuple) (Tuple [(Name T) (Starred (Name Ts))])))',
      edge=True),
    P('a or b or c', '(Expr (BoolOp Or [(Name a) (Name b) (Name c)]))'),
    P('a and b or c and d',
      '(Expr (BoolOp Or [(BoolOp And [(Name a) (Name b)]) (BoolOp And [(Name c) (Name d)])]))'),
    P('not a', '(Expr (UnaryOp Not (Name a)))'),
    P('not not a', '(Expr (UnaryOp Not (UnaryOp Not (Name a))))'),
    P('a if b else c', '(Expr (IfExp (Name b) (Name a) (Name c)))'),
    P('a if b else c if d else e', '(Expr (IfExp (Name b) (Name a) (IfExp (Name d) (Name c) (Name e))))'),
    P('lambda: 0', '(Expr (Lambda (arguments [] [] None [] [] None []) (Constant 0)))'),
    P('lambda x, y=1, *args, z, w=2, **kw: x',
      '(Expr (Lambda (arguments [] [(arg x None) (arg y None)] (arg args None) [(arg z None) (arg w '
      'None)] [None (Constant 2)] (arg kw None) [(Constant 1)]) (Name x)))'),
    P('lambda a, /, b: a',
      '(Expr (Lambda (arguments [(arg a None)] [(arg b None)] None [] [] None []) (Name a)))'),
    P('lambda *, k: k', '(Expr (Lambda (arguments [] [] None [(arg k None)] [None] None []) (Name k)))'),
    P('lambda *a, **k: 0',
      '(Expr (Lambda (arguments [] [] (arg a None) [] [] (arg k None) []) (Constant 0)))'),
    P('(x := 1)', '(Expr (NamedExpr (Name x) (Constant 1)))'),
    P('f(x := 1)', '(Expr (Call (Name f) [(NamedExpr (Name x) (Constant 1))] []))'),
    P('a < b <= c != d', '(Expr (Compare (Name a) [Lt LtE NotEq] [(Name b) (Name c) (Name d)]))'),
    P('a is not b', '(Expr (Compare (Name a) [IsNot] [(Name b)]))'),
    P('a not in b', '(Expr (Compare (Name a) [NotIn] [(Name b)]))'),
    P('a in b is c', '(Expr (Compare (Name a) [In Is] [(Name b) (Name c)]))'),
    P('-a ** -b', '(Expr (UnaryOp USub (BinOp (Name a) Pow (UnaryOp USub (Name b)))))'),
    P('~a + +b - -c',
      '(Expr (BinOp (BinOp (UnaryOp Invert (Name a)) Add (UnaryOp UAdd (Name b))) Sub (UnaryOp USub '
      '(Name c))))'),
    P('a * b / c // d % e @ f',
      '(Expr (BinOp (BinOp (BinOp (BinOp (BinOp (Name a) Mult (Name b)) Div (Name c)) FloorDiv (Name '
      'd)) Mod (Name e)) MatMult (Name f)))'),
    P('a << b >> c & d ^ e | f',
      '(Expr (BinOp (BinOp (BinOp (BinOp (BinOp (Name a) LShift (Name b)) RShift (Name c)) BitAnd (Name '
      'd)) BitXor (Name e)) BitOr (Name f)))'),
    P('a ** b ** c', '(Expr (BinOp (Name a) Pow (BinOp (Name b) Pow (Name c))))'),
    P('(a + b) * c', '(Expr (BinOp (BinOp (Name a) Add (Name b)) Mult (Name c)))'),
    P('await x', '(Expr (Await (Name x)))'),
    P('await f(x) ** 2', '(Expr (BinOp (Await (Call (Name f) [(Name x)] [])) Pow (Constant 2)))'),
    P('-await x', '(Expr (UnaryOp USub (Await (Name x))))'),
    P('[1, 2, *a]', '(Expr (List [(Constant 1) (Constant 2) (Starred (Name a))]))'),
    P('(1,)', '(Expr (Tuple [(Constant 1)]))'),
    P('()', '(Expr (Tuple []))'),
    P('(1, 2)', '(Expr (Tuple [(Constant 1) (Constant 2)]))'),
    P('{}', '(Expr (Dict [] []))'),
    P('{1: 2, **d, 3: 4}',
      '(Expr (Dict [(Constant 1) None (Constant 3)] [(Constant 2) (Name d) (Constant 4)]))'),
    P('{1, 2, *s}', '(Expr (Set [(Constant 1) (Constant 2) (Starred (Name s))]))'),
    P('[]', '(Expr (List []))'),
    P('...', '(Expr (Constant Ellipsis))'),
    P('None', '(Expr (Constant None))'),
    P('True', '(Expr (Constant True))'),
    P('False', '(Expr (Constant False))'),
    P('x[1:2]', '(Expr (Subscript (Name x) (Slice (Constant 1) (Constant 2) None)))'),
    P('x[:]', '(Expr (Subscript (Name x) (Slice None None None)))'),
    P('x[::2]', '(Expr (Subscript (Name x) (Slice None None (Constant 2))))'),
    P('x[1:2:3]', '(Expr (Subscript (Name x) (Slice (Constant 1) (Constant 2) (Constant 3))))'),
    P('x[a, b]', '(Expr (Subscript (Name x) (Tuple [(Name a) (Name b)])))'),
    P('x[1:2, ::3]',
      '(Expr (Subscript (Name x) (Tuple [(Slice (Constant 1) (Constant 2) None) (Slice None None '
      '(Constant 3))])))'),
    P('x[*a]', '(Expr (Subscript (Name x) (Tuple [(Starred (Name a))])))'),
    P('x[*a, b]', '(Expr (Subscript (Name x) (Tuple [(Starred (Name a)) (Name b)])))'),
    P('x[a:=1]', '(Expr (Subscript (Name x) (NamedExpr (Name a) (Constant 1))))'),
    P('x[()]', '(Expr (Subscript (Name x) (Tuple [])))'),
    P('x[a,]', '(Expr (Subscript (Name x) (Tuple [(Name a)])))'),
    P('f()', '(Expr (Call (Name f) [] []))'),
    P('f(a, *b, c=1, **d)',
      '(Expr (Call (Name f) [(Name a) (Starred (Name b))] [(keyword c (Constant 1)) (keyword None (Name '
      'd))]))'),
    P('f(*a, *b, **c, **d)',
      '(Expr (Call (Name f) [(Starred (Name a)) (Starred (Name b))] [(keyword None (Name c)) (keyword '
      'None (Name d))]))'),
    P('f(a)(b)[c].d',
      '(Expr (Attribute (Subscript (Call (Call (Name f) [(Name a)] []) [(Name b)] []) (Name c)) d))'),
    P('f(x for x in y)',
      '(Expr (Call (Name f) [(GeneratorExp (Name x) [(comprehension (Name x) (Name y) [] False)])] []))'),
    P('f(a=1, *b)', '(Expr (Call (Name f) [(Starred (Name b))] [(keyword a (Constant 1))]))'),
    P('[x for x in y]', '(Expr (ListComp (Name x) [(comprehension (Name x) (Name y) [] False)]))'),
    P('[x for x in y if x if z for w in x]',
      '(Expr (ListComp (Name x) [(comprehension (Name x) (Name y) [(Name x) (Name z)] False) '
      '(comprehension (Name w) (Name x) [] False)]))'),
    P('{x for x in y}', '(Expr (SetComp (Name x) [(comprehension (Name x) (Name y) [] False)]))'),
    P('{k: v for k, v in d.items() if v}',
      '(Expr (DictComp (Name k) (Name v) [(comprehension (Tuple [(Name k) (Name v)]) (Call (Attribute '
      '(Name d) items) [] []) [(Name v)] False)]))'),
    P('(x for x in y for z in x)',
      '(Expr (GeneratorExp (Name x) [(comprehension (Name x) (Name y) [] False) (comprehension (Name z) '
      '(Name x) [] False)]))'),
    P('[x async for x in y]', '(Expr (ListComp (Name x) [(comprehension (Name x) (Name y) [] True)]))'),
    P('[await x for x in y]',
      '(Expr (ListComp (Await (Name x)) [(comprehension (Name x) (Name y) [] False)]))'),
    P('[(a, b) for a, *b in c]',
      '(Expr (ListComp (Tuple [(Name a) (Name b)]) [(comprehension (Tuple [(Name a) (Starred (Name '
      'b))]) (Name c) [] False)]))'),
    P("'a' 'b'", '(Expr (Constant ab))'),
    P("b'a' b'b'", "(Expr (Constant b'ab'))"),
    P("'a' f'{b}' 'c'", '(Expr (JoinedStr [(Constant a) (FormattedValue (Name b) -1 None) (Constant c)]))'),
    P("f'{a!r:>{w}}'",
      "(Expr (JoinedStr [(FormattedValue (Name a) 114 (JoinedStr [(Constant '>') (FormattedValue (Name "
      'w) -1 None)]))]))'),
    P("f'{a=}'", "(Expr (JoinedStr [(Constant 'a=') (FormattedValue (Name a) 114 None)]))"),
    P("f'{a = !s:^5}'",
      "(Expr (JoinedStr [(Constant 'a = ') (FormattedValue (Name a) 115 (JoinedStr [(Constant "
      "'^5')]))]))"),
    P("f'{x:%H:%M}'", "(Expr (JoinedStr [(FormattedValue (Name x) -1 (JoinedStr [(Constant '%H:%M')]))]))"),
    P("f'{{}}'", "(Expr (JoinedStr [(Constant '{}')]))"),
    P("f'{f'{x}'}'",
      '(Expr (JoinedStr [(FormattedValue (JoinedStr [(FormattedValue (Name x) -1 None)]) -1 None)]))'),
    P("f'{'a'}'", '(Expr (JoinedStr [(FormattedValue (Constant a) -1 None)]))'),
    P("f'''{\n  x\n}'''", '(Expr (JoinedStr [(FormattedValue (Name x) -1 None)]))'),
    P('1j + 2.5e-3', '(Expr (BinOp (Constant 1j) Add (Constant 0.0025)))'),
    P('0xff | 0o7 | 0b1', '(Expr (BinOp (BinOp (Constant 255) BitOr (Constant 7)) BitOr (Constant 1)))'),
    P('x.y.z', '(Expr (Attribute (Attribute (Name x) y) z))'),
    P('x[0].y(1)[2]',
      '(Expr (Subscript (Call (Attribute (Subscript (Name x) (Constant 0)) y) [(Constant 1)] []) '
      '(Constant 2)))'),
    P('if a:\n    pass', '(If (Name a) [(Pass)] [])'),
    P('if a:\n    b\nelif c:\n    d\nelif e:\n    f\nelse:\n    g',
      '(If (Name a) [(Expr (Name b))] [(If (Name c) [(Expr (Name d))] [(If (Name e) [(Expr (Name f))] '
      '[(Expr (Name g))])])])'),
    P('if a: b; c', '(If (Name a) [(Expr (Name b)) (Expr (Name c))] [])'),
    P('while a:\n    b\nelse:\n    c', '(While (Name a) [(Expr (Name b))] [(Expr (Name c))])'),
    P('for x in y:\n    pass\nelse:\n    z', '(For (Name x) (Name y) [(Pass)] [(Expr (Name z))] False)'),
    P('for x, *y in z: pass', '(For (Tuple [(Name x) (Starred (Name y))]) (Name z) [(Pass)] [] False)'),
    P('for x in *a, b: pass', '(For (Name x) (Tuple [(Starred (Name a)) (Name b)]) [(Pass)] [] False)'),
    P('for (a, b) in c: pass', '(For (Tuple [(Name a) (Name b)]) (Name c) [(Pass)] [] False)'),
    P('for [a, b] in c: pass', '(For (List [(Name a) (Name b)]) (Name c) [(Pass)] [] False)'),
    P('try:\n'
      '    a\n'
      'except E:\n'
      '    b\n'
      'except (F, G) as e:\n'
      '    c\n'
      'except:\n'
      '    d\n'
      'else:\n'
      '    e\n'
      'finally:\n'
      '    f',
      '(Try [(Expr (Name a))] [(ExceptHandler (Name E) None [(Expr (Name b))]) (ExceptHandler (Tuple '
      '[(Name F) (Name G)]) e [(Expr (Name c))]) (ExceptHandler None None [(Expr (Name d))])] [(Expr '
      '(Name e))] [(Expr (Name f))])'),
    P('try:\n    a\nfinally:\n    b', '(Try [(Expr (Name a))] [] [] [(Expr (Name b))])'),
    P('with a: pass', '(With [(withitem (Name a) None)] [(Pass)] False)'),
    P('with a as b, c as (d, e): pass',
      '(With [(withitem (Name a) (Name b)) (withitem (Name c) (Tuple [(Name d) (Name e)]))] [(Pass)] '
      'False)'),
    P('with (a as b, c): pass',
      '(With [(withitem (Name a) (Name b)) (withitem (Name c) None)] [(Pass)] False)'),
    P('with (a, b): pass', '(With [(withitem (Name a) None) (withitem (Name b) None)] [(Pass)] False)'),
    P('with (a): pass', '(With [(withitem (Name a) None)] [(Pass)] False)'),
    P('with (yield): pass', '(With [(withitem (Yield None) None)] [(Pass)] False)'),
    P('with (a as b,): pass', '(With [(withitem (Name a) (Name b))] [(Pass)] False)'),
    P('with a as b.c, d as e[0]: pass',
      '(With [(withitem (Name a) (Attribute (Name b) c)) (withitem (Name d) (Subscript (Name e) '
      '(Constant 0)))] [(Pass)] False)'),
    P('def f(): pass', '(FunctionDef f (arguments [] [] None [] [] None []) [(Pass)] [] None False [])'),
    P('def f(a, b=1, *c, d, e=2, **f) -> int:\n    return a',
      '(FunctionDef f (arguments [] [(arg a None) (arg b None)] (arg c None) [(arg d None) (arg e '
      'None)] [None (Constant 2)] (arg f None) [(Constant 1)]) [(Return (Name a))] [] (Name int) False '
      '[])'),
    P('def f(a, /, b, *, c): pass',
      '(FunctionDef f (arguments [(arg a None)] [(arg b None)] None [(arg c None)] [None] None []) '
      '[(Pass)] [] None False [])'),
    P("def f(a: int = 1, *b: str, **c: 'x'): pass",
      '(FunctionDef f (arguments [] [(arg a (Name int))] (arg b (Name str)) [] [] (arg c (Constant x)) '
      '[(Constant 1)]) [(Pass)] [] None False [])'),
    P('def f[T](x: T) -> T: pass',
      '(FunctionDef f (arguments [] [(arg x (Name T))] None [] [] None []) [(Pass)] [] (Name T) False '
      '[(type_param T None)])',
      edge=True),
    P('@d\ndef f(): pass',
      '(FunctionDef f (arguments [] [] None [] [] None []) [(Pass)] [(Name d)] None False [])'),
    P('@a.b(c)\n@d\nclass C: pass',
      '(ClassDef C [] [] [(Pass)] [(Call (Attribute (Name a) b) [(Name c)] []) (Name d)] [])'),
    P('@(lambda f: f)\ndef f(): pass',
      '(FunctionDef f (arguments [] [] None [] [] None []) [(Pass)] [(Lambda (arguments [] [(arg f '
      'None)] None [] [] None []) (Name f))] None False [])'),
    P('@x := y\ndef f(): pass',
      '(FunctionDef f (arguments [] [] None [] [] None []) [(Pass)] [(NamedExpr (Name x) (Name y))] '
      'None False [])'),
    P('class C: pass', '(ClassDef C [] [] [(Pass)] [] [])'),
    P('class C(A, B, metaclass=M, **kw):\n    x = 1',
      '(ClassDef C [(Name A) (Name B)] [(keyword metaclass (Name M)) (keyword None (Name kw))] [(Assign '
      '[(Name x)] (Constant 1))] [] [])'),
    P('class C[T](Base): pass', '(ClassDef C [(Name Base)] [] [(Pass)] [] [(type_param T None)])', edge=True),
    P('class C(): pass', '(ClassDef C [] [] [(Pass)] [] [])'),
    P('async def f():\n'
      '    await x\n'
      '    async for a in b:\n'
      '        pass\n'
      '    async with c as d:\n'
      '        pass',
      '(FunctionDef f (arguments [] [] None [] [] None []) [(Expr (Await (Name x))) (For (Name a) (Name '
      'b) [(Pass)] [] True) (With [(withitem (Name c) (Name d))] [(Pass)] True)] [] None True [])'),
    P('async def f(): return [x async for x in y]',
      '(FunctionDef f (arguments [] [] None [] [] None []) [(Return (ListComp (Name x) [(comprehension '
      '(Name x) (Name y) [] True)]))] [] None True [])'),
    P('@d\nasync def f(): pass',
      '(FunctionDef f (arguments [] [] None [] [] None []) [(Pass)] [(Name d)] None True [])'),
    P('match x:\n'
      '    case 1: pass\n'
      '    case -1: pass\n'
      '    case 1.5: pass\n'
      '    case -1j: pass\n'
      '    case 1 + 2j: pass\n'
      '    case -1 - 2j: pass',
      '(Match (Name x) [(match_case (MatchValue (Constant 1)) None [(Pass)]) (match_case (MatchValue '
      '(UnaryOp USub (Constant 1))) None [(Pass)]) (match_case (MatchValue (Constant 1.5)) None '
      '[(Pass)]) (match_case (MatchValue (UnaryOp USub (Constant 1j))) None [(Pass)]) (match_case '
      '(MatchValue (BinOp (Constant 1) Add (Constant 2j))) None [(Pass)]) (match_case (MatchValue '
      '(BinOp (UnaryOp USub (Constant 1)) Sub (Constant 2j))) None [(Pass)])])'),
    P('match x:\n'
      "    case 'a' 'b': pass\n"
      "    case b'x': pass\n"
      '    case None: pass\n'
      '    case True: pass\n'
      '    case False: pass',
      '(Match (Name x) [(match_case (MatchValue (Constant ab)) None [(Pass)]) (match_case (MatchValue '
      "(Constant b'x')) None [(Pass)]) (match_case (MatchSingleton None) None [(Pass)]) (match_case "
      '(MatchSingleton True) None [(Pass)]) (match_case (MatchSingleton False) None [(Pass)])])'),
    P('match x:\n    case y: pass\n    case _: pass',
      '(Match (Name x) [(match_case (MatchAs None y) None [(Pass)]) (match_case (MatchAs None None) '
      'None [(Pass)])])'),
    P('match x:\n    case a.b: pass\n    case a.b.c: pass',
      '(Match (Name x) [(match_case (MatchValue (Attribute (Name a) b)) None [(Pass)]) (match_case '
      '(MatchValue (Attribute (Attribute (Name a) b) c)) None [(Pass)])])'),
    P('match x:\n'
      '    case [a, *rest]: pass\n'
      '    case (a, b): pass\n'
      '    case (): pass\n'
      '    case []: pass\n'
      '    case [*_]: pass',
      '(Match (Name x) [(match_case (MatchSequence [(MatchAs None a) (MatchStar rest)]) None [(Pass)]) '
      '(match_case (MatchSequence [(MatchAs None a) (MatchAs None b)]) None [(Pass)]) (match_case '
      '(MatchSequence []) None [(Pass)]) (match_case (MatchSequence []) None [(Pass)]) (match_case '
      '(MatchSequence [(MatchStar None)]) None [(Pass)])])'),
    P('match x:\n    case a, *b: pass\n    case (a,): pass\n    case (a): pass',
      '(Match (Name x) [(match_case (MatchSequence [(MatchAs None a) (MatchStar b)]) None [(Pass)]) '
      '(match_case (MatchSequence [(MatchAs None a)]) None [(Pass)]) (match_case (MatchAs None a) None '
      '[(Pass)])])'),
    P("match x:\n    case {'k': v, 1: w, **rest}: pass\n    case {}: pass\n    case {a.b: 1}: pass",
      '(Match (Name x) [(match_case (MatchMapping [(Constant k) (Constant 1)] [(MatchAs None v) '
      '(MatchAs None w)] rest) None [(Pass)]) (match_case (MatchMapping [] [] None) None [(Pass)]) '
      '(match_case (MatchMapping [(Attribute (Name a) b)] [(MatchValue (Constant 1))] None) None '
      '[(Pass)])])'),
    P('match x:\n    case Point(0, y=1): pass\n    case Point(): pass\n    case a.B(c, d=e): pass',
      '(Match (Name x) [(match_case (MatchClass (Name Point) [(MatchValue (Constant 0))] [y] '
      '[(MatchValue (Constant 1))]) None [(Pass)]) (match_case (MatchClass (Name Point) [] [] []) None '
      '[(Pass)]) (match_case (MatchClass (Attribute (Name a) B) [(MatchAs None c)] [d] [(MatchAs None '
      'e)]) None [(Pass)])])'),
    P('match x:\n    case 1 | 2 | 3: pass\n    case [1, 2] | {}: pass\n    case (1 | 2) as y: pass',
      '(Match (Name x) [(match_case (MatchOr [(MatchValue (Constant 1)) (MatchValue (Constant 2)) '
      '(MatchValue (Constant 3))]) None [(Pass)]) (match_case (MatchOr [(MatchSequence [(MatchValue '
      '(Constant 1)) (MatchValue (Constant 2))]) (MatchMapping [] [] None)]) None [(Pass)]) (match_case '
      '(MatchAs (MatchOr [(MatchValue (Constant 1)) (MatchValue (Constant 2))]) y) None [(Pass)])])'),
    P('match x:\n    case [a, b] if a > b: pass\n    case y if (z := y): pass',
      '(Match (Name x) [(match_case (MatchSequence [(MatchAs None a) (MatchAs None b)]) (Compare (Name '
      'a) [Gt] [(Name b)]) [(Pass)]) (match_case (MatchAs None y) (NamedExpr (Name z) (Name y)) '
      '[(Pass)])])'),
    P('match x, y:\n    case 1, 2: pass',
      '(Match (Tuple [(Name x) (Name y)]) [(match_case (MatchSequence [(MatchValue (Constant 1)) '
      '(MatchValue (Constant 2))]) None [(Pass)])])'),
    P('match *a, b:\n    case _: pass',
      '(Match (Tuple [(Starred (Name a)) (Name b)]) [(match_case (MatchAs None None) None [(Pass)])])'),
    P('match (x):\n    case _: pass', '(Match (Name x) [(match_case (MatchAs None None) None [(Pass)])])'),
    P('match -x:\n    case _: pass',
      '(Match (UnaryOp USub (Name x)) [(match_case (MatchAs None None) None [(Pass)])])'),
    P('match x,:\n    case _: pass',
      '(Match (Tuple [(Name x)]) [(match_case (MatchAs None None) None [(Pass)])])'),
    P('match = 1', '(Assign [(Name match)] (Constant 1))'),
    P('match(x)', '(Expr (Call (Name match) [(Name x)] []))'),
    P('match[x]', '(Expr (Subscript (Name match) (Name x)))'),
    P('match.x = 1', '(Assign [(Attribute (Name match) x)] (Constant 1))'),
    P('match[x]: int', '(AnnAssign (Subscript (Name match) (Name x)) (Name int) None 0)'),
    P('match, = a', '(Assign [(Tuple [(Name match)])] (Name a))'),
    P('type = None', '(Assign [(Name type)] (Constant None))'),
    P('type(x)', '(Expr (Call (Name type) [(Name x)] []))'),
    P('case = 1', '(Assign [(Name case)] (Constant 1))'),
    P('_ = 1', '(Assign [(Name _)] (Constant 1))'),
    P('print(match, case, type, _)',
      '(Expr (Call (Name print) [(Name match) (Name case) (Name type) (Name _)] []))'),
    P('match x:\n    case case: pass', '(Match (Name x) [(match_case (MatchAs None case) None [(Pass)])])'),
    P('match match:\n    case match: pass',
      '(Match (Name match) [(match_case (MatchAs None match) None [(Pass)])])'),
    P('type X = match', '(TypeAlias (Name X) [] (Name match))'),
    P('def match(case): return type',
      '(FunctionDef match (arguments [] [(arg case None)] None [] [] None []) [(Return (Name type))] [] '
      'None False [])'),
    P('café = π', '(Assign [(Name café)] (Name π))'),
    P('x = (1 +\n     2)', '(Assign [(Name x)] (BinOp (Constant 1) Add (Constant 2)))'),
    P('x = 1 + \\\n    2', '(Assign [(Name x)] (BinOp (Constant 1) Add (Constant 2)))'),

]


@pytest.mark.parametrize("source,dumps,edge", TREES)
def test_tree(source, dumps, edge):
    assert ours(source) == dumps
    expected = None if edge else cpython(source)
    if expected is not None:
        assert dumps == expected


def _corpus():
    sources = [(f"vm.json:{case['id']}", case["src"])
               for case in json.loads((TESTS / "conformance" / "vm.json").read_text())]
    sources += [(str(path.relative_to(TESTS)), path.read_text())
                for path in sorted((TESTS / "cases").rglob("*.py"))]
    return sources


CORPUS = _corpus()
CHUNKS = [CORPUS[i:i + 250] for i in range(0, len(CORPUS), 250)]


@pytest.mark.parametrize("chunk", CHUNKS, ids=[chunk[0][0] for chunk in CHUNKS])
def test_cpython_oracle(chunk):
    checked, wrong = 0, []
    for name, source in chunk:
        expected = cpython(source)
        if expected is None:
            continue
        checked += 1
        got = ours(source)
        if got != expected:
            wrong.append((name, got, expected))
    assert wrong == []
    assert checked > len(chunk) // 2


def _check_spans(node, source, parent=None):
    assert 0 <= node.start <= node.end <= len(source), node
    if parent is not None and not (parent.start <= node.start and node.end <= parent.end):
        raise AssertionError(f"{node!r} lies outside {parent!r}")
    for field in node._fields:
        if field == "decorator_list":  # decorators come before 'def' and 'class'
            for decorator in node.decorator_list:
                assert decorator.end <= node.start
                _check_spans(decorator, source)
            continue
        value = getattr(node, field)
        for child in value if isinstance(value, list) else [value]:
            if isinstance(child, n.Node):
                _check_spans(child, source, node)


@pytest.mark.parametrize("chunk", CHUNKS, ids=[chunk[0][0] for chunk in CHUNKS])
def test_spans_nest(chunk):
    for _name, source in chunk:
        try:
            module = parse(source)
        except Exception:  # noqa: BLE001 - the error tests cover the sources we refuse
            continue
        _check_spans(module, source)
        assert len(list(n.walk(module))) == len(re.findall(r"\(\w+@\d+:\d+", dump(module, spans=True)))


@pytest.mark.parametrize("source,dumps,edge", TREES)
def test_spans_of_table_sources(source, dumps, edge):
    _check_spans(parse(source), source)


@pytest.mark.parametrize("source,text", [
    ("x = 1", ["x = 1", "x", "1"]),
    ("f(a, *b, k=1)", ["f(a, *b, k=1)", "f(a, *b, k=1)", "f", "a", "*b", "b", "k=1", "1"]),
    ("if a:\n    b\nelse:\n    c", ["if a:\n    b\nelse:\n    c", "a", "b", "b", "c", "c"]),
    ("x[1:2]", ["x[1:2]", "x[1:2]", "x", "1:2", "1", "2"]),
    ("lambda a=1: a", ["lambda a=1: a", "lambda a=1: a", "a=1", "a", "1", "a"]),
    ("def f(): pass", ["def f(): pass", "", "pass"]),
])
def test_span_text(source, text):
    """Pre-order slices of the source under each node's span."""
    spans = []

    def visit(node):
        spans.append(source[node.start:node.end])
        for child in n.iter_children(node):
            visit(child)

    for stmt in parse(source).body:
        visit(stmt)
    assert spans == text

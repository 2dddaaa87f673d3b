"""Every error the parser reports: a table of (source, message, span, CPython agreement).

Each row is checked three ways: ``parse`` raises it (type, message), ``edge_python.run`` reports it
at the span ``(line, column, end line, end column)`` (1-based, columns in characters), and on
CPython 3.12 ``compile()`` raises the same type and message (and position, for SAME rows). The
CPython messages were recorded from 3.12, so the rows hold on every Python the suite runs on.

SAME: CPython 3.12 says the same thing at the same line and column.
MSG:  CPython 3.12 says the same thing, pointing elsewhere (we point at the offending token).
EDGE: CPython accepts the source, or refuses it only in its compiler with another message
      (Edge Python's own limits and extensions).
"""

from __future__ import annotations

import ast
import re
import sys
import warnings
from pathlib import Path

import pytest

import edge_python
from edge_python.syntax import parse_expr, parse_pattern, parse_strings, parse_targets, parser
from edge_python.syntax.diagnostics import CompileError
from edge_python.syntax.parser import parse

SAME, MSG, EDGE = "same", "msg", "edge"
HINT = " here. Maybe you meant '==' instead of '='?"
WALRUS_HINT = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"


def E(source, message, span, cpython, type_name="SyntaxError"):
    return pytest.param(source, type_name, message, span, cpython, id=repr(source)[:50])


ROWS = [
    E('  x = 1', 'unexpected indent', (1, 2, 1, 3), SAME, 'IndentationError'),
    E('x = 1\n    y = 2', 'unexpected indent', (2, 4, 2, 5), SAME, 'IndentationError'),
    E('if x:\n    a\n        b\n', 'unexpected indent', (3, 8, 3, 9), SAME, 'IndentationError'),
    E('x = = 1\n  y = 2', 'invalid syntax', (1, 5, 1, 6), SAME),
    E('@d\n  def f(): pass', 'unexpected indent', (2, 2, 2, 3), SAME, 'IndentationError'),
    E('if x:\npass\n',
      "expected an indented block after 'if' statement on line 1", (2, 1, 2, 5), SAME, 'IndentationError'),
    E('if x:\n  pass\nelif y:\npass',
      "expected an indented block after 'elif' statement on line 3", (4, 1, 4, 5), SAME, 'IndentationError'),
    E('if x:\n  pass\nelse:\npass',
      "expected an indented block after 'else' statement on line 3", (4, 1, 4, 5), SAME, 'IndentationError'),
    E('while x:\npass\n',
      "expected an indented block after 'while' statement on line 1", (2, 1, 2, 5), SAME, 'IndentationError'),
    E('while x:\n  pass\nelse:\npass',
      "expected an indented block after 'else' statement on line 3", (4, 1, 4, 5), SAME, 'IndentationError'),
    E('for x in y:\npass\n',
      "expected an indented block after 'for' statement on line 1", (2, 1, 2, 5), SAME, 'IndentationError'),
    E('for x in y:\n  pass\nelse:\npass',
      "expected an indented block after 'else' statement on line 3", (4, 1, 4, 5), SAME, 'IndentationError'),
    E('try:\npass\n',
      "expected an indented block after 'try' statement on line 1", (2, 1, 2, 5), SAME, 'IndentationError'),
    E('try:\n  pass\nexcept:\npass',
      "expected an indented block after 'except' statement on line 3",
      (4, 1, 4, 5), SAME, 'IndentationError'),
    E('try:\n  pass\nexcept E as e:\npass',
      "expected an indented block after 'except' statement on line 3",
      (4, 1, 4, 5), SAME, 'IndentationError'),
    E('try:\n  pass\nfinally:\npass',
      "expected an indented block after 'finally' statement on line 3",
      (4, 1, 4, 5), SAME, 'IndentationError'),
    E('try:\n  pass\nexcept E:\n  pass\nelse:\npass',
      "expected an indented block after 'else' statement on line 5", (6, 1, 6, 5), SAME, 'IndentationError'),
    E('with x:\npass\n',
      "expected an indented block after 'with' statement on line 1", (2, 1, 2, 5), SAME, 'IndentationError'),
    E('with x as y, z:\npass\n',
      "expected an indented block after 'with' statement on line 1", (2, 1, 2, 5), SAME, 'IndentationError'),
    E('def f():\npass\n',
      'expected an indented block after function definition on line 1',
      (2, 1, 2, 5), SAME, 'IndentationError'),
    E('class C:\npass\n',
      'expected an indented block after class definition on line 1', (2, 1, 2, 5), SAME, 'IndentationError'),
    E('class C(B):\npass\n',
      'expected an indented block after class definition on line 1', (2, 1, 2, 5), SAME, 'IndentationError'),
    E('match x:\ncase 1: pass',
      "expected an indented block after 'match' statement on line 1", (2, 1, 2, 5), SAME, 'IndentationError'),
    E('match x:\n  case 1:\n  pass',
      "expected an indented block after 'case' statement on line 2", (3, 3, 3, 7), SAME, 'IndentationError'),
    E('async def f():\npass\n',
      'expected an indented block after function definition on line 1',
      (2, 1, 2, 5), SAME, 'IndentationError'),
    E('async def f():\n  async for x in y:\n  pass',
      "expected an indented block after 'for' statement on line 2", (3, 3, 3, 7), SAME, 'IndentationError'),
    E('async def f():\n  async with x:\n  pass',
      "expected an indented block after 'with' statement on line 2", (3, 3, 3, 7), SAME, 'IndentationError'),
    E('if x:\n# comment\n\npass',
      "expected an indented block after 'if' statement on line 1", (4, 1, 4, 5), SAME, 'IndentationError'),
    E('if x:',
      "expected an indented block after 'if' statement on line 1", (1, 6, 1, 6), SAME, 'IndentationError'),
    E('if x\n  pass', "expected ':'", (1, 5, 2, 1), SAME),
    E('elif x: pass', 'invalid syntax', (1, 1, 1, 5), SAME),
    E('if x:\n pass\nelif y\n pass', "expected ':'", (3, 7, 4, 1), SAME),
    E('while x\n pass', "expected ':'", (1, 8, 2, 1), SAME),
    E('for x in y\n pass', "expected ':'", (1, 11, 2, 1), SAME),
    E('def f()\n pass', "expected ':'", (1, 8, 2, 1), SAME),
    E('class C\n pass', "expected ':'", (1, 8, 2, 1), SAME),
    E('try\n pass', "expected ':'", (1, 4, 2, 1), SAME),
    E('try:\n pass\nexcept E\n pass', "expected ':'", (3, 9, 4, 1), SAME),
    E('try:\n pass\nexcept\n pass', "expected ':'", (3, 7, 4, 1), SAME),
    E('try:\n pass\nfinally\n pass', "expected ':'", (3, 8, 4, 1), SAME),
    E('if x:\n pass\nelse\n pass', "expected ':'", (3, 5, 4, 1), SAME),
    E('with x\n pass', "expected ':'", (1, 7, 2, 1), SAME),
    E('def f() x: pass', "expected ':'", (1, 9, 1, 10), SAME),
    E('def f() -> : pass', "expected ':'", (1, 9, 1, 11), SAME),
    E('try x: pass', "expected ':'", (1, 5, 1, 6), SAME),
    E('if x:\n pass\nelse x: pass', "expected ':'", (3, 6, 3, 7), SAME),
    E('match x\n    case 1: pass\n', "expected ':'", (1, 8, 2, 1), SAME),
    E('match x:\n    case 1\n        pass\n', "expected ':'", (2, 11, 3, 1), SAME),
    E('for x in range(3)\n  print(x)', "expected ':'", (1, 18, 2, 1), SAME),
    E('x = = 1', 'invalid syntax', (1, 5, 1, 6), SAME),
    E('x = 1 2', 'invalid syntax', (1, 7, 1, 8), SAME),
    E('if x y: pass', 'invalid syntax', (1, 6, 1, 7), SAME),
    E('class C x: pass', 'invalid syntax', (1, 9, 1, 10), SAME),
    E('with a b: pass', 'invalid syntax', (1, 8, 1, 9), SAME),
    E('for x in y z: pass', 'invalid syntax', (1, 12, 1, 13), SAME),
    E('a.if', 'invalid syntax', (1, 3, 1, 5), SAME),
    E('x = a.', 'invalid syntax', (1, 7, 1, 7), SAME),
    E('import', 'invalid syntax', (1, 7, 1, 7), SAME),
    E('from import b', 'invalid syntax', (1, 6, 1, 12), SAME),
    E('del', 'invalid syntax', (1, 4, 1, 4), SAME),
    E('pass x', 'invalid syntax', (1, 6, 1, 7), SAME),
    E('x = $', 'invalid syntax', (1, 5, 1, 6), SAME),
    E('x = a ? b : c', 'invalid syntax', (1, 7, 1, 8), SAME),
    E('x = `a`', 'invalid syntax', (1, 5, 1, 6), SAME),
    E('x = a ! b', 'invalid syntax', (1, 7, 1, 8), SAME),
    E('lambda x 1', 'invalid syntax', (1, 10, 1, 11), SAME),
    E('x +', 'invalid syntax', (1, 4, 1, 4), SAME),
    E('print(x) y', 'invalid syntax', (1, 10, 1, 11), SAME),
    E('def f(/): pass', 'invalid syntax', (1, 7, 1, 8), SAME),
    E('type X[] = int', 'invalid syntax', (1, 8, 1, 9), SAME),
    E('class C[]: pass', 'invalid syntax', (1, 9, 1, 10), SAME),
    E('*a: int', 'invalid syntax', (1, 3, 1, 4), SAME),
    E('1: ', 'invalid syntax', (1, 4, 1, 4), MSG),
    E('match x: pass', 'invalid syntax', (1, 10, 1, 14), SAME),
    E('match *x:\n  pass', 'invalid syntax', (1, 10, 2, 1), MSG),
    E('x = -not y', 'invalid syntax', (1, 6, 1, 9), SAME),
    E('x = 1 + lambda: 2', 'invalid syntax', (1, 9, 1, 15), SAME),
    E('x = a < not b', 'invalid syntax', (1, 9, 1, 12), SAME),
    E('import a,', 'invalid syntax', (1, 10, 1, 10), SAME),
    E('import a.', 'invalid syntax', (1, 10, 1, 10), SAME),
    E('from a import (b', "'(' was never closed", (1, 15, 1, 16), SAME),
    E("from b'x' import y", 'invalid syntax', (1, 6, 1, 10), SAME),
    E('@x\nasync for x in y: pass', 'invalid syntax', (2, 7, 2, 10), SAME),
    E('global 1', 'invalid syntax', (1, 8, 1, 9), SAME),
    E('x = [1,,2]', 'invalid syntax', (1, 8, 1, 9), SAME),
    E('match x:\n    case {a: 1}: pass\n', 'invalid syntax', (2, 12, 2, 13), SAME),
    E('match x:\n    case {**_}: pass\n', 'invalid syntax', (2, 13, 2, 14), SAME),
    E('match x:\n    case *a: pass\n', 'invalid syntax', (2, 12, 2, 13), SAME),
    E('match x:\n    case (*a): pass\n', 'invalid syntax', (2, 13, 2, 14), SAME),
    E('match x:\n    case 1 + x: pass\n', 'invalid syntax', (2, 14, 2, 15), SAME),
    E('match x:\n    case a b: pass\n', 'invalid syntax', (2, 12, 2, 13), SAME),
    E('match x:\n    pass\n', 'invalid syntax', (2, 5, 2, 9), SAME),
    E('1 = x', "cannot assign to literal" + HINT, (1, 1, 1, 2), SAME),
    E('x + 1 = 2', "cannot assign to expression" + HINT, (1, 1, 1, 6), SAME),
    E('f() = 1', "cannot assign to function call" + HINT, (1, 1, 1, 4), SAME),
    E('None = 1', 'cannot assign to None', (1, 1, 1, 5), SAME),
    E('True = 1', 'cannot assign to True', (1, 1, 1, 5), SAME),
    E('... = 1', "cannot assign to ellipsis" + HINT, (1, 1, 1, 4), SAME),
    E("'a' = 1", "cannot assign to literal" + HINT, (1, 1, 1, 4), SAME),
    E("f'{a}' = 1", "cannot assign to f-string expression" + HINT, (1, 1, 1, 7), SAME),
    E('(a, 1) = x', 'cannot assign to literal', (1, 5, 1, 6), SAME),
    E('[a, f()] = x', 'cannot assign to function call', (1, 5, 1, 8), SAME),
    E('a.b, c[0], 1 = x', "cannot assign to literal" + HINT, (1, 12, 1, 13), SAME),
    E('x = y = 1 = z', 'cannot assign to literal', (1, 9, 1, 10), SAME),
    E('a if b else c = 1', 'cannot assign to conditional expression', (1, 1, 1, 14), SAME),
    E('lambda: 1 = 1', 'cannot assign to lambda', (1, 1, 1, 10), SAME),
    E('{a: b} = 1', "cannot assign to dict literal" + HINT, (1, 1, 1, 7), SAME),
    E('{a} = 1', "cannot assign to set display" + HINT, (1, 1, 1, 4), SAME),
    E('[x for x in y] = 1', "cannot assign to list comprehension" + HINT, (1, 1, 1, 15), SAME),
    E('{x for x in y} = 1', "cannot assign to set comprehension" + HINT, (1, 1, 1, 15), SAME),
    E('{x: y for x in y} = 1', "cannot assign to dict comprehension" + HINT, (1, 1, 1, 18), SAME),
    E('(x for x in y) = 1', 'cannot assign to generator expression', (1, 1, 1, 15), SAME),
    E('await x = 1', "cannot assign to await expression" + HINT, (1, 1, 1, 8), SAME),
    E('(yield) = 1', "cannot assign to yield expression" + HINT, (1, 1, 1, 8), MSG),
    E('a < b = 1', 'cannot assign to comparison', (1, 1, 1, 6), SAME),
    E('not a = 1', 'cannot assign to expression', (1, 1, 1, 6), SAME),
    E('-a = 1', "cannot assign to expression" + HINT, (1, 1, 1, 3), SAME),
    E('a and b = 1', 'cannot assign to expression', (1, 1, 1, 8), SAME),
    E('(a := 1) = 2', "cannot assign to named expression" + HINT, (1, 2, 1, 8), SAME),
    E('1, a = x', WALRUS_HINT, (1, 4, 1, 9), SAME),
    E('1, a.b = x', "cannot assign to attribute" + HINT, (1, 4, 1, 7), SAME),
    E('a, 1 = x', "cannot assign to literal" + HINT, (1, 4, 1, 5), SAME),
    E('1 = x, y', "cannot assign to literal" + HINT, (1, 1, 1, 2), SAME),
    E('1 = *x, y', 'cannot assign to literal', (1, 1, 1, 2), SAME),
    E('1 = not x', 'cannot assign to literal', (1, 1, 1, 2), SAME),
    E('1 =', 'cannot assign to literal', (1, 1, 1, 2), SAME),
    E('x = yield = 1', 'assignment to yield expression not possible', (1, 5, 1, 10), SAME),
    E('yield = 1', 'assignment to yield expression not possible', (1, 1, 1, 6), SAME),
    E('for 1 in x: pass', 'cannot assign to literal', (1, 5, 1, 6), SAME),
    E('for f() in x: pass', 'cannot assign to function call', (1, 5, 1, 8), SAME),
    E('for x, 1 in y: pass', 'cannot assign to literal', (1, 8, 1, 9), SAME),
    E('[x for 1 in y]', 'cannot assign to literal', (1, 8, 1, 9), SAME),
    E('with a as 1: pass', 'cannot assign to literal', (1, 11, 1, 12), SAME),
    E('with a as f(): pass', 'cannot assign to function call', (1, 11, 1, 14), SAME),
    E('with a as (b, 1): pass', 'cannot assign to literal', (1, 15, 1, 16), SAME),
    E('del 1', 'cannot delete literal', (1, 5, 1, 6), SAME),
    E('del f()', 'cannot delete function call', (1, 5, 1, 8), SAME),
    E('del a + b', 'cannot delete expression', (1, 5, 1, 10), SAME),
    E('del (a, 1)', 'cannot delete literal', (1, 9, 1, 10), SAME),
    E('del [a, b()]', 'cannot delete function call', (1, 9, 1, 12), SAME),
    E('del x[0], f()', 'cannot delete function call', (1, 11, 1, 14), SAME),
    E('del *a', 'cannot delete starred', (1, 5, 1, 7), SAME),
    E('del (a, *b)', 'cannot delete starred', (1, 9, 1, 11), SAME),
    E('del a < b', 'cannot delete comparison', (1, 5, 1, 10), SAME),
    E('if x = 1: pass', WALRUS_HINT, (1, 4, 1, 9), SAME),
    E('while x = 1: pass', WALRUS_HINT, (1, 7, 1, 12), SAME),
    E('[a = 1]', WALRUS_HINT, (1, 2, 1, 7), SAME),
    E('x[a = 1]', WALRUS_HINT, (1, 3, 1, 8), SAME),
    E('if (a) = 1: pass', "cannot assign to name" + HINT, (1, 5, 1, 6), SAME),
    E('if x.y = 1: pass', "cannot assign to attribute" + HINT, (1, 4, 1, 7), SAME),
    E('f(a=1 for b in c)', WALRUS_HINT, (1, 3, 1, 5), SAME),
    E('(1 := 1)', 'cannot use assignment expressions with literal', (1, 2, 1, 3), SAME),
    E('((a) := 1)', 'cannot use assignment expressions with name', (1, 3, 1, 4), SAME),
    E('(a.b := 1)', 'cannot use assignment expressions with attribute', (1, 2, 1, 5), SAME),
    E('x.y := 1', 'cannot use assignment expressions with attribute', (1, 1, 1, 4), SAME),
    E('1 := 1', 'cannot use assignment expressions with literal', (1, 1, 1, 2), SAME),
    E('(f() := 1)', 'cannot use assignment expressions with function call', (1, 2, 1, 5), SAME),
    E('a, b += 1', "'tuple' is an illegal expression for augmented assignment", (1, 1, 1, 5), SAME),
    E('[a] += 1', "'list' is an illegal expression for augmented assignment", (1, 1, 1, 4), SAME),
    E('f() += 1', "'function call' is an illegal expression for augmented assignment", (1, 1, 1, 4), SAME),
    E('1 += 1', "'literal' is an illegal expression for augmented assignment", (1, 1, 1, 2), SAME),
    E('(a, b) += 1', "'tuple' is an illegal expression for augmented assignment", (1, 1, 1, 7), SAME),
    E('*a += 1', "'starred' is an illegal expression for augmented assignment", (1, 1, 1, 3), SAME),
    E('a + 1 += 1', "'expression' is an illegal expression for augmented assignment", (1, 1, 1, 6), SAME),
    E('None += 1', "'None' is an illegal expression for augmented assignment", (1, 1, 1, 5), SAME),
    E('x: int, y = 1', 'invalid syntax', (1, 7, 1, 8), SAME),
    E('a, b: int', 'only single target (not tuple) can be annotated', (1, 1, 1, 5), SAME),
    E('[a]: int', 'only single target (not list) can be annotated', (1, 1, 1, 4), SAME),
    E('(a, b): int', 'only single target (not tuple) can be annotated', (1, 1, 1, 7), SAME),
    E('f(): int', 'illegal target for annotation', (1, 1, 1, 4), SAME),
    E('1: int', 'illegal target for annotation', (1, 1, 1, 2), SAME),
    E('a + b: int = 1', 'illegal target for annotation', (1, 1, 1, 6), SAME),
    E('x = (*a)', 'cannot use starred expression here', (1, 6, 1, 8), SAME),
    E('print((*a))', 'cannot use starred expression here', (1, 8, 1, 10), SAME),
    E('[*a for a in b]', 'iterable unpacking cannot be used in comprehension', (1, 2, 1, 4), SAME),
    E('{*a for a in b}', 'iterable unpacking cannot be used in comprehension', (1, 2, 1, 4), SAME),
    E('{**a for a in b}', 'dict unpacking cannot be used in dict comprehension', (1, 2, 1, 5), SAME),
    E('{a: *b}', 'cannot use a starred expression in a dictionary value', (1, 5, 1, 7), SAME),
    E('{a:}', "expression expected after dictionary key and ':'", (1, 3, 1, 4), SAME),
    E('{1: 2, 3}', "':' expected after dictionary key", (1, 8, 1, 9), SAME),
    E('{1, 2: 3}', 'invalid syntax', (1, 6, 1, 7), SAME),
    E('f(a=1, b)', 'positional argument follows keyword argument', (1, 8, 1, 9), MSG),
    E('f(**k, a)', 'positional argument follows keyword argument unpacking', (1, 8, 1, 9), MSG),
    E('f(**k, *a)', 'iterable argument unpacking follows keyword argument unpacking', (1, 8, 1, 10), SAME),
    E('f(a for a in b, c)', 'Generator expression must be parenthesized', (1, 3, 1, 15), SAME),
    E('f(c, a for a in b)', 'Generator expression must be parenthesized', (1, 6, 1, 18), SAME),
    E('f(a for a in b, )', 'Generator expression must be parenthesized', (1, 3, 1, 15), SAME),
    E('f(a, b for b in c)', 'Generator expression must be parenthesized', (1, 6, 1, 18), SAME),
    E('f(x=y for y in z)', WALRUS_HINT, (1, 3, 1, 5), SAME),
    E('f(a=)', 'expected argument value expression', (1, 3, 1, 5), SAME),
    E('f(a.b=1)', 'expression cannot contain assignment, perhaps you meant "=="?', (1, 3, 1, 7), SAME),
    E('f(a + 1 = 2)', 'expression cannot contain assignment, perhaps you meant "=="?', (1, 3, 1, 10), SAME),
    E('f(**a=1)', 'cannot assign to keyword argument unpacking', (1, 3, 1, 8), SAME),
    E('f(True=1)', 'cannot assign to True', (1, 3, 1, 8), SAME),
    E('f(a b)', 'invalid syntax. Perhaps you forgot a comma?', (1, 3, 1, 6), SAME),
    E('[1 2]', 'invalid syntax. Perhaps you forgot a comma?', (1, 2, 1, 5), SAME),
    E('{a b}', 'invalid syntax. Perhaps you forgot a comma?', (1, 2, 1, 5), SAME),
    E('(a b)', 'invalid syntax. Perhaps you forgot a comma?', (1, 2, 1, 5), SAME),
    E('x[a b]', 'invalid syntax. Perhaps you forgot a comma?', (1, 3, 1, 6), SAME),
    E('f(1, 2 3)', 'invalid syntax. Perhaps you forgot a comma?', (1, 6, 1, 9), SAME),
    E('[print x]', "Missing parentheses in call to 'print'. Did you mean print(...)?", (1, 2, 1, 9), SAME),
    E('f(print 1)', "Missing parentheses in call to 'print'. Did you mean print(...)?", (1, 3, 1, 10), SAME),
    E("print 'hi'", "Missing parentheses in call to 'print'. Did you mean print(...)?", (1, 1, 1, 11), SAME),
    E('print x', "Missing parentheses in call to 'print'. Did you mean print(...)?", (1, 1, 1, 8), SAME),
    E('print x, y', "Missing parentheses in call to 'print'. Did you mean print(...)?", (1, 1, 1, 11), SAME),
    E("exec 'x'", "Missing parentheses in call to 'exec'. Did you mean exec(...)?", (1, 1, 1, 9), SAME),
    E("exec 'x' in d", "Missing parentheses in call to 'exec'. Did you mean exec(...)?", (1, 1, 1, 14), SAME),
    E('x y if z', "expected 'else' after 'if' expression", (1, 3, 1, 9), SAME),
    E('x = a if b', "expected 'else' after 'if' expression", (1, 5, 1, 11), SAME),
    E('x = a if b else', 'invalid syntax', (1, 16, 1, 16), SAME),
    E('[a if b c]', "expected 'else' after 'if' expression", (1, 2, 1, 8), SAME),
    E('def f(a=1, b): pass',
      'parameter without a default follows parameter with a default', (1, 12, 1, 13), SAME),
    E('lambda a=1, b: 1',
      'parameter without a default follows parameter with a default', (1, 13, 1, 14), SAME),
    E('def f(*, **k): pass', 'named arguments must follow bare *', (1, 7, 1, 8), SAME),
    E('def f(*): pass', 'named arguments must follow bare *', (1, 7, 1, 8), SAME),
    E('lambda *: 1', 'named arguments must follow bare *', (1, 8, 1, 9), MSG),
    E('lambda *, **k: 1', 'named arguments must follow bare *', (1, 8, 1, 9), MSG),
    E('def f(*a, *b): pass', '* argument may appear only once', (1, 11, 1, 12), SAME),
    E('def f(*, a, *b): pass', '* argument may appear only once', (1, 13, 1, 14), SAME),
    E('def f(**k, a): pass', 'arguments cannot follow var-keyword argument', (1, 12, 1, 13), SAME),
    E('def f(**k, *a): pass', 'arguments cannot follow var-keyword argument', (1, 12, 1, 13), SAME),
    E('def f(**k, **j): pass', 'arguments cannot follow var-keyword argument', (1, 12, 1, 14), SAME),
    E('def f(**k, /): pass', 'arguments cannot follow var-keyword argument', (1, 12, 1, 13), SAME),
    E('def f(/, a): pass', 'at least one argument must precede /', (1, 7, 1, 8), SAME),
    E('def f(a, /, /): pass', '/ may appear only once', (1, 13, 1, 14), SAME),
    E('def f(*a, /): pass', '/ must be ahead of *', (1, 11, 1, 12), SAME),
    E('def f(a, *, /): pass', '/ must be ahead of *', (1, 13, 1, 14), SAME),
    E('def f(a, /, b=1, c): pass',
      'parameter without a default follows parameter with a default', (1, 18, 1, 19), SAME),
    E('def f(a=1, /, b): pass',
      'parameter without a default follows parameter with a default', (1, 15, 1, 16), SAME),
    E('def f(**k=1): pass', 'var-keyword argument cannot have default value', (1, 10, 1, 11), SAME),
    E('def f(*a=1): pass', 'var-positional argument cannot have default value', (1, 9, 1, 10), SAME),
    E('lambda *a=1: 1', 'var-positional argument cannot have default value', (1, 10, 1, 11), SAME),
    E('def f((a)): pass', 'Function parameters cannot be parenthesized', (1, 7, 1, 10), SAME),
    E('def f(a, (b, c)): pass', 'Function parameters cannot be parenthesized', (1, 10, 1, 16), SAME),
    E('lambda (a): 1', 'Lambda expression parameters cannot be parenthesized', (1, 8, 1, 11), SAME),
    E('def f(a, /*, b): pass', 'expected comma between / and *', (1, 11, 1, 12), SAME),
    E('def f(a b): pass', 'invalid syntax', (1, 9, 1, 10), SAME),
    E('def f(1): pass', 'invalid syntax', (1, 7, 1, 8), SAME),
    E('from a import b,', 'trailing comma not allowed without surrounding parentheses', (1, 17, 1, 17), SAME),
    E('from a import b, c,',
      'trailing comma not allowed without surrounding parentheses', (1, 20, 1, 20), SAME),
    E('from a import b,;', 'invalid syntax', (1, 17, 1, 18), SAME),
    E('import a as b.c', 'invalid syntax', (1, 14, 1, 15), SAME),
    E('from a import *, b', 'invalid syntax', (1, 16, 1, 17), SAME),
    E('try:\n pass\nelse:\n pass', "expected 'except' or 'finally' block", (3, 1, 3, 5), SAME),
    E('try:\n pass\nx = 1', "expected 'except' or 'finally' block", (3, 1, 3, 2), SAME),
    E('try:\n pass\nexcept E, F:\n pass',
      'multiple exception types must be parenthesized', (3, 8, 3, 10), SAME),
    E('try:\n pass\nexcept E as 1:\n pass', 'invalid syntax', (3, 13, 3, 14), SAME),
    E('match x:\n    case 1j + 2: pass\n', 'real number required in complex literal', (2, 10, 2, 12), SAME),
    E('match x:\n    case 1 + 2: pass\n',
      'imaginary number required in complex literal', (2, 14, 2, 15), SAME),
    E('match x:\n    case x as 1: pass\n', 'invalid pattern target', (2, 15, 2, 16), SAME),
    E('match x:\n    case x as _: pass\n', "cannot use '_' as a target", (2, 15, 2, 16), SAME),
    E('match x:\n    case C(a=1, 2): pass\n',
      'positional patterns follow keyword patterns', (2, 17, 2, 18), SAME),
    E('match x:\n    case -x: pass\n', 'invalid syntax', (2, 11, 2, 12), SAME),
    E('match x\ny = 1', "expected ':'", (1, 8, 2, 1), SAME),
    E("f'{}'", "f-string: valid expression required before '}'", (1, 4, 1, 5), SAME),
    E("f'{!r}'", "f-string: valid expression required before '!'", (1, 4, 1, 5), SAME),
    E("f'{=}'", "f-string: valid expression required before '='", (1, 4, 1, 5), SAME),
    E("f'{:x}'", "f-string: valid expression required before ':'", (1, 4, 1, 5), SAME),
    E("f'{a!}'", 'f-string: missing conversion character', (1, 6, 1, 7), SAME),
    E("f'{a!:x}'", 'f-string: missing conversion character', (1, 6, 1, 7), SAME),
    E("f'{a!z}'",
      "f-string: invalid conversion character 'z': expected 's', 'r', or 'a'", (1, 6, 1, 7), SAME),
    E("f'{a!1}'", 'f-string: invalid conversion character', (1, 6, 1, 7), SAME),
    E("f'{a ! r}'",
      'f-string: conversion type must come right after the exclamanation mark', (1, 6, 1, 9), SAME),
    E("f'{a!r x}'", "f-string: expecting ':' or '}'", (1, 8, 1, 9), SAME),
    E("f'{a!r!s}'", "f-string: expecting ':' or '}'", (1, 7, 1, 8), SAME),
    E("f'{a!r=}'", "f-string: expecting ':' or '}'", (1, 7, 1, 8), SAME),
    E("f'{a=x}'", "f-string: expecting '!', or ':', or '}'", (1, 6, 1, 7), SAME),
    E("f'{a x}'", 'invalid syntax. Perhaps you forgot a comma?', (1, 4, 1, 7), SAME),
    E("f'{a b}'", 'invalid syntax. Perhaps you forgot a comma?', (1, 4, 1, 7), SAME),
    E("f'{lambda x: 1}'",
      'f-string: lambda expressions are not allowed without parentheses', (1, 4, 1, 13), SAME),
    E("f'{lambda x:}'",
      'f-string: lambda expressions are not allowed without parentheses', (1, 4, 1, 13), SAME),
    E("f'{lambda: 1}'",
      'f-string: lambda expressions are not allowed without parentheses', (1, 4, 1, 11), SAME),
    E("f'{a:{b!}}'", 'f-string: missing conversion character', (1, 9, 1, 10), SAME),
    E("f'{a;}'", "f-string: expecting '=', or '!', or ':', or '}'", (1, 5, 1, 6), SAME),
    E("f'{a=;}'", "f-string: expecting '!', or ':', or '}'", (1, 6, 1, 7), SAME),
    E("f'{a = 1}'", "f-string: expecting '!', or ':', or '}'", (1, 8, 1, 9), SAME),
    E("f'{a:x\ny}'", "f-string: expecting '}', or format specs", (2, 1, 2, 2), SAME),
    E("f'{a!r;}'", "f-string: expecting ':' or '}'", (1, 7, 1, 8), SAME),
    E("f'{a,b c}'", 'invalid syntax. Perhaps you forgot a comma?', (1, 6, 1, 9), SAME),
    E("x = f'{a'", "f-string: expecting '}'", (1, 9, 1, 10), SAME),
    E("x = 'a' b'b'", 'cannot mix bytes and nonbytes literals', (1, 5, 1, 13), MSG),
    E("x = b'a' 'b'", 'cannot mix bytes and nonbytes literals', (1, 5, 1, 13), MSG),
    E("x = b'a' f'b'", 'cannot mix bytes and nonbytes literals', (1, 5, 1, 12), MSG),
    E("x = " + "-" * 201 + "1", 'too many nested parentheses', (1, 205, 1, 206), EDGE),
    E("x = " + "not " * 201 + "x", 'too many nested parentheses', (1, 805, 1, 808), EDGE),
    E("x = " + "[" * 200 + "]" * 200, 'too many nested parentheses', (1, 105, 1, 106), EDGE),
    E("x = " + "(" * 150 + ")" * 150, 'too many nested parentheses', (1, 105, 1, 106), EDGE),
    E("x = " + "a ** " * 210 + "1", 'too many nested parentheses', (1, 1005, 1, 1006), EDGE),
    E('def f(a, a): pass', "duplicate argument 'a' in function definition", (1, 10, 1, 11), SAME),
    E('lambda a, a: 1', "duplicate argument 'a' in function definition", (1, 11, 1, 12), SAME),
    E('f(a=1, a=2)', 'keyword argument repeated: a', (1, 8, 1, 11), SAME),
    E('*a = 1', 'starred assignment target must be in a list or tuple', (1, 1, 1, 3), SAME),
    E('*a', "can't use starred expression here", (1, 1, 1, 3), SAME),
    E('x = *a', "can't use starred expression here", (1, 5, 1, 7), SAME),
    E('x: int = *a', "can't use starred expression here", (1, 10, 1, 12), SAME),
    E('*a, *b = 1', 'multiple starred expressions in assignment', (1, 1, 1, 7), SAME),
    E('[*a, *b] = 1', 'multiple starred expressions in assignment', (1, 1, 1, 9), SAME),
    E('__debug__ = 1', 'cannot assign to __debug__', (1, 1, 1, 10), SAME),
    E('del __debug__', 'cannot delete __debug__', (1, 5, 1, 14), SAME),
    E('for __debug__ in x: pass', 'cannot assign to __debug__', (1, 5, 1, 14), SAME),
    E('try:\n pass\nexcept:\n pass\nexcept E:\n pass', "default 'except:' must be last", (3, 1, 5, 1), SAME),
    E('try:\n pass\nexcept* E:\n pass', "'except*' is not supported in Edge Python", (3, 1, 3, 8), EDGE),
    E('match x:\n    case C(a=1, a=2): pass\n',
      'attribute name repeated in class pattern: a', (2, 17, 2, 18), MSG),
    E("match x:\n    case {f'{x}': 1}: pass\n",
      'mapping pattern keys may only match literals and attribute lookups', (2, 11, 2, 17), MSG),
    E("match x:\n    case f'{x}': pass\n",
      'patterns may only match literals and attribute lookups', (2, 10, 2, 16), SAME),

]


def _compile_312(source):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(source, "<test>", "exec", dont_inherit=True)
        except SyntaxError as exc:
            return exc
    return None


@pytest.mark.parametrize("source,type_name,message,span,cpython", ROWS)
def test_parser_error(source, type_name, message, span, cpython):
    with pytest.raises(CompileError) as info:
        parse(source)
    assert (info.value.type_name, info.value.message) == (type_name, message)
    error = edge_python.run(source).error
    assert (error.type_name, error.message) == (type_name, message)
    assert (error.line, error.column, error.end_line, error.end_column) == span


@pytest.mark.skipif(sys.version_info[:2] != (3, 12), reason="messages were recorded from CPython 3.12")
@pytest.mark.parametrize("source,type_name,message,span,cpython", ROWS)
def test_cpython_312_agrees(source, type_name, message, span, cpython):
    exc = _compile_312(source)
    if cpython == EDGE:
        assert exc is None or exc.msg != message
        return
    assert (type(exc).__name__, exc.msg) == (type_name, message)
    if cpython == SAME:
        assert (exc.lineno, exc.offset) == span[:2]


# Which error wins when a program has several: CPython reads tokens as its parser needs them, and
# after a syntax error it reads the rest of the text, whose tokenizer errors then win (except inside
# an f-string, and an unclosed bracket only from an earlier line). Errors of CPython's compiler
# (duplicate names, misplaced starred expressions, ...) come only once the whole program parses.
PRIORITY = [
    ("x = = 1\ny = 'abc", "unterminated string literal (detected at line 2)", 2),
    ("x = = 1\ny = f'{a'", "invalid syntax", 1),
    ("x = = 1\ny = (1,", "invalid syntax", 1),
    ("x = (1,\ny = = 2", "'(' was never closed", 1),
    ("foo(\n  a b\n", "'(' was never closed", 1),
    ("foo(a b", "'(' was never closed", 1),
    ("class C(: pass", "invalid syntax", 1),
    ("x = = 1\ny = 2 \\", "invalid syntax", 1),
    ("x = = 1\n  y = 2", "invalid syntax", 1),
    ("x = = 1\ny = 1 \\ 2", "invalid syntax", 1),
    ("x = = 1\nif x:\n    a\n  b", "invalid syntax", 1),
    ("  x = 1\ny = 'abc", "unexpected indent", 1),
    ("x = '\\xZZ'\ny = = 1", "(unicode error) 'unicodeescape' codec can't decode bytes in position "
     "0-1: truncated \\xXX escape", 1),
    ("x = = '\\xZZ'", "invalid syntax", 1),
    ("x = f'{1}\\xZZ'\ny = 'abc", "unterminated string literal (detected at line 2)", 2),
    ("def f(a, a): pass\nx = = 1", "invalid syntax", 2),
    ("f(a=1, a=2)\nx = = 1", "invalid syntax", 2),
    ("*a\nx = = 1", "invalid syntax", 2),
    ("x = *a\ndef f(a, a): pass", "duplicate argument 'a' in function definition", 2),
    ("try:\n pass\nexcept* E:\n pass\nx = = 1", "invalid syntax", 5),
    ("del *a\nx = = 1", "cannot delete starred", 1),
    ("{**a for a in b}\nx = = 1", "dict unpacking cannot be used in dict comprehension", 1),
    ("x = 'a' b'b'\nx = = 1", "cannot mix bytes and nonbytes literals", 1),
]


@pytest.mark.parametrize("source,message,line", PRIORITY, ids=[repr(p[0])[:40] for p in PRIORITY])
def test_which_error_wins(source, message, line):
    error = edge_python.run(source).error
    assert (error.message, error.line) == (message, line)
    if sys.version_info[:2] == (3, 12):
        exc = _compile_312(source)
        assert (exc.msg, exc.lineno) == (message, line)


def _templates(module) -> set[str]:
    """The messages a module can raise, as regular expressions (f-string fields match anything)."""
    calls = ("CompileError", "fail", "syntax_error", "defer", "fault", "late")
    found = set()
    for node in ast.walk(ast.parse(Path(module.__file__).read_text())):
        if isinstance(node, ast.Call) and node.args and \
                getattr(node.func, "id", getattr(node.func, "attr", None)) in calls:
            first = node.args[0]
            for arg in (first.body, first.orelse) if isinstance(first, ast.IfExp) else (first,):
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.add(re.escape(arg.value))
                elif isinstance(arg, ast.JoinedStr):
                    found.add("".join(re.escape(part.value) if isinstance(part, ast.Constant) else ".*"
                                      for part in arg.values))
    return found


@pytest.mark.parametrize("module", [parser, parse_expr, parse_strings, parse_targets, parse_pattern],
                         ids=lambda module: module.__name__)
def test_every_parser_message_has_a_row(module):
    messages = {param.values[2] for param in ROWS}
    missing = [t for t in _templates(module) if not any(re.fullmatch(t, m) for m in messages)]
    assert missing == []

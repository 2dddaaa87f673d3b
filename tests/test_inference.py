"""Type inference never trusts a name that something else can bind.

Each program first binds ``s`` to an int, then binds it again through one construct, then
computes ``s % (10**8, 1)``: if the compiler wrongly kept ``s`` an int it would emit CPython's own
``%``, which for a str ``s`` formats a 100 MB field past every limit. The generated code must keep
the checked operator (``$mod``) for that last line.
"""

from __future__ import annotations

import ast

import pytest

from edge_python.compiler import compile_program

REBINDINGS = {
    "comprehension": "print([s % (10**8, 1) for s in ['%*d']])",
    "generator": "print(list(s % (10**8, 1) for s in ['%*d']))",
    "comprehension-enumerate": "print([s % (10**8, 1) for i, s in enumerate(['%*d'])])",
    "comprehension-zip": "print([s % (10**8, 1) for s, i in zip(['%*d'], [0])])",
    "for-enumerate": "for i, s in enumerate(['%*d']):\n    pass\nprint(s % (10**8, 1))",
    "type-alias": "type s = '%*d'\nprint(s % (10**8, 1))",
    "star-import": "try:\n    from m import *\nexcept ImportError:\n    pass\nprint(s % (10**8, 1))",
    "quoted-import": "try:\n    import \"./s.py\"\nexcept ImportError:\n    pass\nprint(s % (10**8, 1))",
    "import-as": "try:\n    import m as s\nexcept ImportError:\n    pass\nprint(s % (10**8, 1))",
    "from-import": "try:\n    from m import s\nexcept ImportError:\n    pass\nprint(s % (10**8, 1))",
    "match-capture": "match '%*d':\n    case s:\n        pass\nprint(s % (10**8, 1))",
    "except-as": "try:\n    pass\nexcept Exception as s:\n    pass\nprint(s % (10**8, 1))",
    "with-as": "class C:\n    def __enter__(self):\n        return '%*d'\n    def __exit__(self, *a):\n"
               "        pass\nwith C() as s:\n    pass\nprint(s % (10**8, 1))",
    "global": "def f():\n    global s\n    s = '%*d'\nf()\nprint(s % (10**8, 1))",
    "walrus": "print((s := '%*d'))\nprint(s % (10**8, 1))",
    "for-target": "for s in ['%*d']:\n    pass\nprint(s % (10**8, 1))",
    "tuple-target": "s, t = '%*d', 1\nprint(s % (10**8, 1))",
    "def": "def s():\n    pass\nprint(s % (10**8, 1))",
    "class": "class s:\n    pass\nprint(s % (10**8, 1))",
    "nonlocal": "def f():\n    s = 0\n    def g():\n        nonlocal s\n        s = '%*d'\n    g()\n"
                "    return s % (10**8, 1)\nprint(f())",
}


@pytest.mark.parametrize("construct", sorted(REBINDINGS))
def test_a_rebound_name_stays_checked(construct):
    source = "s = 0\n" + REBINDINGS[construct] + "\n"
    code = ast.unparse(compile_program(source, keep_tree=True).tree)
    line = next(x for x in reversed(code.splitlines()) if "% (" in x or "$mod" in x)
    assert "$mod(" in line, f"{construct}: {line}"


def test_an_int_that_stays_an_int_is_native():
    code = ast.unparse(compile_program("s = 0\nfor i in range(3):\n    s = s * 2 + i\nprint(s % 7)\n",
                                   keep_tree=True).tree)
    assert "$mod(" not in code and "s % 7" in code


def test_an_enumerate_index_in_a_comprehension_is_native():
    code = ast.unparse(compile_program("print([k % 3 for k, t in enumerate('ab')])\n",
                                   keep_tree=True).tree)
    assert "$mod(" not in code and "k % 3" in code


def test_typing_a_long_chain_takes_linear_work(monkeypatch):
    """The lowering asks for the type of every operand of ``a[0] + a[1] + ...``: each
    subexpression is typed once per scope, not once per enclosing operator (quadratic)."""
    from edge_python.compiler import infer

    calls = []
    real = infer._expression_type

    def counting(*args):
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(infer, "_expression_type", counting)
    terms = " + ".join(f"a[{k}]" for k in range(400))
    compile_program(f"def f(a):\n    return {terms}\n")
    assert len(calls) < 20 * 400

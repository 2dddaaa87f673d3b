"""Deliberate differences from CPython, each a program with a docstring (what/why/workaround)
and its golden output; ``docs/differences.md`` is generated from them and must be current.

Run ``python tests/test_differences.py --update`` to rewrite the docs page.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

import edge_python

HERE = Path(__file__).parent / "cases_differences"
DOCS = Path(__file__).parent.parent / "docs" / "differences.md"
CASES = sorted(HERE.glob("*.py"))


def observed(path: Path) -> str:
    result = edge_python.run(path.read_text(), limits=edge_python.Limits(ops=100_000))
    text = result.stdout
    if result.error is not None:
        text += f"error: {result.error}\n"
    return text


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_difference(path):
    assert observed(path) == path.with_suffix(".out").read_text()


def page() -> str:
    lines = ["# Deliberate differences from CPython", "",
             "Generated from `tests/cases_differences/` by `tests/test_differences.py --update`.", ""]
    for path in CASES:
        source = path.read_text()
        doc = ast.get_docstring(ast.parse(source)) or ""
        body = source.split('"""', 2)[-1].strip()
        lines += [f"## {path.stem.replace('__', ': ').replace('_', ' ')}", "", doc, "",
                  "```python", body, "```", "", "Output:", "", "```",
                  path.with_suffix(".out").read_text().rstrip(), "```", ""]
    return "\n".join(lines)


def test_docs_page_is_current():
    assert DOCS.read_text() == page(), "run: python tests/test_differences.py --update"


if __name__ == "__main__" and "--update" in sys.argv:
    DOCS.parent.mkdir(exist_ok=True)
    DOCS.write_text(page())

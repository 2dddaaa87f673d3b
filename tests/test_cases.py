"""Table-driven language tests: every program under tests/cases/ runs under CPython and edge-python.

CPython is the oracle: stdout must be equal, and so must the final error (type and message).
Files in ``cases/errors/`` are split into chunks at lines holding only ``---``; each chunk must
end with the exception named by its ``### TypeName: message`` marker, on the marked line.
"""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

import edge_python

CASES = Path(__file__).parent / "cases"
MARKER = re.compile(r"###\s*(.+?)\s*$")


def cpython(source: str):
    out = io.StringIO()
    error = None
    line = None
    namespace = {"__name__": "__main__"}
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(source, "<case>", "exec", dont_inherit=True), namespace)  # noqa: S102 - the oracle
    except Exception as exc:  # noqa: BLE001
        message = str(exc)
        error = f"{type(exc).__name__}: {message}" if message else type(exc).__name__
        tb = exc.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code.co_filename == "<case>":
                line = tb.tb_lineno
            tb = tb.tb_next
    return out.getvalue(), error, line


def chunks(path: Path) -> list[tuple[str, str]]:
    text = path.read_text()
    if path.parent.name != "errors":
        return [(path.stem, text)]
    parts = re.split(r"^---[ \t]*$", text, flags=re.M)
    return [(f"{path.stem}[{i}]", part) for i, part in enumerate(parts) if part.strip()]


ALL = [(f"{path.parent.name}/{name}", source, path.parent.name == "errors")
       for path in sorted(CASES.rglob("*.py")) for name, source in chunks(path)]


@pytest.mark.parametrize("name,source,is_error", ALL, ids=[c[0] for c in ALL])
def test_case(name, source, is_error):
    expected_out, expected_error, expected_line = cpython(source)
    result = edge_python.run(source)
    got_error = str(result.error) if result.error else None
    assert result.stdout == expected_out, f"stdout differs\n{result.error and result.error.render()}"
    assert got_error == expected_error, result.error.render() if result.error else "no error"
    if is_error:
        marked = [i + 1 for i, line in enumerate(source.splitlines()) if MARKER.search(line)]
        assert marked, "an errors/ chunk needs a ### marker"
        marker = MARKER.search(source.splitlines()[marked[-1] - 1]).group(1)
        assert expected_error == marker, f"the marker disagrees with CPython: {expected_error}"
        assert result.error.line == expected_line == marked[-1]

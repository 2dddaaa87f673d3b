"""The judging rules of Edge's conformance corpora (see SOURCE.md beside this file)."""

from __future__ import annotations

LIMIT_TYPES = ("MemoryError", "RecursionError", "TimeoutError")


def split_top(text: str) -> list[str]:
    """Split at commas outside brackets and quotes."""
    parts, depth, quote, current = [], 0, None, []
    i = 0
    while i < len(text):
        ch = text[i]
        if quote:
            current.append(ch)
            if ch == "\\" and i + 1 < len(text):
                current.append(text[i + 1])
                i += 1
            elif ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
            current.append(ch)
        elif ch in "([{":
            depth += 1
            current.append(ch)
        elif ch in ")]}":
            depth -= 1
            current.append(ch)
        elif ch == "," and depth == 0:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
        i += 1
    parts.append("".join(current).strip())
    return parts


def normalise(line: str) -> str:
    """Sort the elements of a line that is a one-line set or frozenset repr."""
    prefix, body, suffix = "", line, ""
    if line.startswith("frozenset({") and line.endswith("})"):
        prefix, body, suffix = "frozenset(", line[len("frozenset("):-1], ")"
    if not (body.startswith("{") and body.endswith("}")) or len(body) < 2:
        return line
    items = split_top(body[1:-1])
    if any(":" in item and not item.startswith(("'", '"')) for item in items):
        return line
    if any(_top_level_colon(item) for item in items):
        return line
    return prefix + "{" + ", ".join(sorted(items)) + "}" + suffix


def _top_level_colon(item: str) -> bool:
    depth, quote = 0, None
    for ch in item:
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == ":" and depth == 0:
            return True
    return False


def lines_of(stdout: str) -> list[str]:
    lines = stdout.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [normalise(line) for line in lines]


def judge(case: dict, stdout: str, error: str | None) -> bool:
    """``error`` is the final error as ``TypeName: message``, or None."""
    kind = case["judge"]
    if kind == "limit":
        if error is None:
            return False
        return (case.get("error", "\0") in error or error.split(":")[0] in LIMIT_TYPES
                or "budget exceeded" in error)
    if _edge_ok(case, stdout, error):
        return True
    if kind == "either":
        cp = case["cpython"]
        if lines_of(stdout) != [normalise(x) for x in cp["output"]]:
            return False
        if cp.get("error"):
            return error is not None and error.split(":")[0] == cp["error"].split(":")[0]
        return error is None
    return False


def _edge_ok(case: dict, stdout: str, error: str | None) -> bool:
    if "error" in case:
        return error is not None and case["error"] in error
    return error is None and lines_of(stdout) == [normalise(x) for x in case["output"]]

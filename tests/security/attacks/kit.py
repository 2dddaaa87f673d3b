"""What an attack is, the table the attacks go into, and setup many of them share."""

from __future__ import annotations

from dataclasses import dataclass

from edge_python import Limits

SMALL_MEMORY = Limits(memory=1_000_000, time=5.0)


@dataclass(frozen=True)
class Attack:
    kind: str
    name: str
    source: str
    bad: tuple[str, ...] = ()          # substrings that must not appear in stdout
    limits: Limits | None = None
    followup: str | None = None        # a later run, which must print ``followup_stdout`` exactly
    followup_stdout: str | None = None
    max_seconds: float | None = None   # wall-clock bound on the whole run

    @property
    def id(self) -> str:
        return f"{self.kind}-{self.name}"


ATTACKS: list[Attack] = []


def add(kind: str, name: str, source: str, **options) -> None:
    ATTACKS.append(Attack(kind, name, source.strip("\n") + "\n", **options))


def denied(kind: str, name: str, expr: str, setup: str = "", **options) -> None:
    """An attack that evaluates ``expr``: any value at all means it got through."""
    source = f"""
{setup}
try:
    x = {expr}
    print("ESCAPED", type(x).__name__)
except Exception as e:
    print("denied", type(e).__name__, e)
"""
    add(kind, name, source, **options)


FUNC = "def f():\n    return 1"
CLASS = "class C:\n    def m(self):\n        return 1"
GEN = "def g():\n    yield 1\ngen = g()"
S_CLASS = "class S(str):\n    pass"


def count_by_kind() -> dict[str, int]:
    counts: dict[str, int] = {}
    for attack in ATTACKS:
        counts[attack.kind] = counts.get(attack.kind, 0) + 1
    return counts

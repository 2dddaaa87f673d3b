"""Run Edge's vm.json corpus through edge_python.run and report pass rates (also a pytest helper)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from judge import judge  # noqa: E402

import edge_python  # noqa: E402


def load() -> list[dict]:
    return json.loads((HERE / "vm.json").read_text())


def run_case(case: dict):
    events = list(case.get("events", [])) + list(case.get("interactive_events", []))
    result = edge_python.run(case["src"], stdin=case.get("input"), events=events or None)
    error = str(result.error) if result.error is not None else None
    return result.stdout, error


def evaluate(cases):
    passed, totals, failures = Counter(), Counter(), []
    for case in cases:
        stdout, error = run_case(case)
        totals[case["judge"]] += 1
        if judge(case, stdout, error):
            passed[case["judge"]] += 1
        else:
            failures.append((case, stdout, error))
    return passed, totals, failures


if __name__ == "__main__":
    cases = load()
    if len(sys.argv) > 1:
        cases = [c for c in cases if c["id"] in sys.argv[1:]]
    passed, totals, failures = evaluate(cases)
    for case, stdout, error in failures:
        print("=" * 20, case["id"], case["judge"], case.get("deviation", ""))
        print(case["src"][:500])
        print("  expected:", case["output"][:10], case.get("error"))
        print("  got     :", stdout.split("\n")[:10], error)
    for kind in sorted(totals):
        print(f"{kind}: {passed[kind]}/{totals[kind]}")
    print(f"total: {sum(passed.values())}/{sum(totals.values())}")

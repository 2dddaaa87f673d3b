"""Shared pytest hooks: report the conformance pass rates at the end of a run."""

from __future__ import annotations


def pytest_terminal_summary(terminalreporter):
    try:
        from test_vm import RATES
    except ImportError:
        return
    if not RATES:
        return
    terminalreporter.section("Edge conformance (vm.json)")
    for kind, (passed, total) in sorted(RATES.items()):
        terminalreporter.write_line(f"{kind:>7}: {passed}/{total} ({100 * passed / total:.2f}%)")

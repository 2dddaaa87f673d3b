"""An interactive session, usable without the command line.

State carries over between inputs by replay: a session keeps the source of every input that ran
without error and runs the whole of it again for each new input, showing only the output the new
input added. Runs are deterministic, so replay reproduces the state exactly. (Persistent sessions
without replay come with the host-integration work.)
"""

from __future__ import annotations

import sys

from . import api
from .runtime.limits import Limits
from .syntax.diagnostics import CompileError

_INCOMPLETE = ("was never closed", "expected an indented block", "unterminated triple-quoted",
               "unexpected EOF")


class Session:
    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits
        self.accepted: list[str] = []
        self.shown = 0

    def is_complete(self, text: str) -> bool:
        """False while ``text`` reads as the beginning of a longer input."""
        if text.rstrip().endswith(":") or text.rstrip().endswith("\\"):
            return False
        try:
            api.compile_source(text)
        except CompileError as exc:
            return not any(marker in exc.message for marker in _INCOMPLETE)
        return True

    def feed(self, text: str) -> api.Result:
        """Run one input in the session; returns what it printed and its error, if any."""
        source = "\n".join(self.accepted + [text]) + "\n"
        result = api.run(source, limits=self.limits)
        new = result.stdout[self.shown:]
        if result.error is None:
            self.accepted.append(text)
            self.shown = len(result.stdout)
        return api.Result(new, result.error)


def interact(limits: Limits | None = None) -> int:
    session = Session(limits)
    print("Edge Python (edge-python). Ctrl-D to exit.")
    while True:
        try:
            text = _read_input(session)
        except EOFError:
            print()
            return 0
        if not text.strip():
            continue
        result = session.feed(text)
        sys.stdout.write(result.stdout)
        if result.error is not None:
            print(result.error.render("<repl>"), file=sys.stderr)


def _read_input(session: Session) -> str:
    lines = [input(">>> ")]
    while not session.is_complete("\n".join(lines)) or (len(lines) > 1 and lines[-1].strip()):
        lines.append(input("... "))
    return "\n".join(lines)

"""Coverage-guided fuzzing of ``edge_python.run`` with atheris (libFuzzer for Python).

    python fuzz/atheris_target.py -runs=100000 -timeout=20 /tmp/edge-corpus
    python fuzz/atheris_target.py crash-<hash>            # replay one input (libFuzzer does it)
    python fuzz/atheris_target.py --replay FILE...        # replay without atheris installed

Each input is decoded as UTF-8 (invalid bytes become lone surrogates, as in the hypothesis
fuzzer) and run with tight limits. An input fails when ``run`` raises, when it takes longer than
the time limit plus slack, or when it reports an error whose type name or message is not a str.
A crash of the interpreter (a segfault in C) is reported by libFuzzer as such. See README.md.

This file is not a test module: pytest does not collect it, and nothing imports it.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
if SRC.is_dir() and str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))

LIMITS_KW = dict(ops=100_000, time=2.0, memory=64 * 1024 * 1024, recursion=100,
                 output=100_000, int_digits=10_000)
SLACK = 3.0


def check(data: bytes, run, limits) -> None:
    source = data.decode("utf-8", "surrogateescape")
    start = time.monotonic()
    result = run(source, limits=limits)
    elapsed = time.monotonic() - start
    if elapsed > limits.time + SLACK:
        raise AssertionError(f"run took {elapsed:.2f} s (time limit {limits.time} s)")
    if not isinstance(result.stdout, str):
        raise AssertionError(f"stdout is {type(result.stdout).__name__}, not str")
    error = result.error
    if error is not None:
        if type(error.type_name) is not str or type(error.message) is not str:
            raise AssertionError(f"bad error fields: {error.type_name!r} {error.message!r}")
        error.render()


def replay(paths: list[str]) -> int:
    import edge_python
    limits = edge_python.Limits(**LIMITS_KW)
    failed = 0
    for path in paths:
        data = Path(path).read_bytes()
        try:
            check(data, edge_python.run, limits)
        except BaseException as exc:  # noqa: BLE001 - report every failing input
            failed += 1
            print(f"{path}: FAIL {type(exc).__name__}: {exc}")
        else:
            result = edge_python.run(data.decode("utf-8", "surrogateescape"), limits=limits)
            print(f"{path}: ok ({result.error or 'no error'})")
    return 1 if failed else 0


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--replay":
        sys.exit(replay(sys.argv[2:]))
    import atheris

    with atheris.instrument_imports():
        import edge_python
    limits = edge_python.Limits(**LIMITS_KW)
    run = edge_python.run

    def TestOneInput(data: bytes) -> None:  # noqa: N802 - the name atheris expects
        check(data, run, limits)

    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()

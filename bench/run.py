"""Benchmark edge_python against plain CPython on the programs in bench/programs.

Run from the repository root as ``python bench/run.py`` or ``python -m bench``; see bench/README.md.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import gc
import io
import json
import math
import os
import platform
import sys
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
PROGRAMS = BENCH / "programs"


@dataclass
class Program:
    name: str
    source: str
    code: object  # CPython's own compilation, made once: the reference runs time execution only
    expected: str | None = None
    times: dict = field(default_factory=dict)  # engine name -> milliseconds of each successful run
    failed: set = field(default_factory=set)  # engines whose output differed from CPython's


def import_edge():
    try:
        import edge_python
    except ModuleNotFoundError as error:
        if error.name != "edge_python":
            raise
        sys.path.insert(0, str(ROOT / "src"))
        import edge_python
    return edge_python


def load_programs(pattern: str | None) -> list[Program]:
    paths = [path for path in sorted(PROGRAMS.glob("*.py")) if pattern is None or pattern in path.stem]
    sources = [path.read_text(encoding="utf-8") for path in paths]
    return [Program(p.stem, src, compile(src, str(p), "exec")) for p, src in zip(paths, sources, strict=True)]


# -- engines: each takes a Program and returns (stdout, error string or None) -----------------------
def capture(code, scope: dict):
    buffer = io.StringIO()
    try:
        with contextlib.redirect_stdout(buffer):
            exec(code, scope)
    except Exception as error:
        return buffer.getvalue(), f"{type(error).__name__}: {error}"
    return buffer.getvalue(), None


def run_cpython(program: Program):
    return capture(program.code, {"__name__": "__main__"})


def edge_engine(edge, fresh: bool = False):
    """``fresh``: every call runs a source never seen before (a numbered comment appended), so
    the compile cache cannot help and the time includes lexing, parsing and compiling."""
    calls = iter(range(1 << 62))

    def run(program: Program):
        source = f"{program.source}\n# fresh {next(calls)}\n" if fresh else program.source
        result = edge.run(source)
        return result.stdout, None if result.error is None else str(result.error)

    return run


def monty_engine(stack: contextlib.ExitStack):
    import pydantic_monty

    pool = stack.enter_context(pydantic_monty.Monty())

    def run(program: Program):
        sink = pydantic_monty.CollectString()
        try:
            with pool.checkout() as session:
                session.feed_run(program.source, print_callback=sink)
        except pydantic_monty.MontyError as error:
            return sink.output, str(error)
        return sink.output, None

    return run


def restricted_engine(stack: contextlib.ExitStack):
    """RestrictedPython set up the way a host typically does, with the usual extra builtins allowed."""
    import builtins
    import operator

    from RestrictedPython import compile_restricted, limited_builtins, safe_builtins, utility_builtins
    from RestrictedPython.Guards import guarded_iter_unpack_sequence as iter_unpack_sequence
    from RestrictedPython.Guards import guarded_unpack_sequence, safer_getattr

    allowed = dict(safe_builtins, **limited_builtins, **utility_builtins)
    wanted = "all any dict enumerate filter iter list map max min next range reversed sorted sum super"
    for name in wanted.split():
        allowed[name] = getattr(builtins, name)
    ops = "+ add - sub * mul / truediv // floordiv % mod ** pow | or & and ^ xor << lshift >> rshift".split()
    inplace = {ops[i] + "=": getattr(operator, "i" + ops[i + 1]) for i in range(0, len(ops), 2)}
    printer = SimpleNamespace(_call_print=print)  # print() writes to whatever stdout is at call time
    base = {"__builtins__": allowed, "__name__": "__main__", "__metaclass__": type}
    base.update(_print_=lambda _getattr: printer, _apply_=lambda f, *a, **k: f(*a, **k))
    base.update(_getattr_=safer_getattr, _getitem_=operator.getitem, _getiter_=iter, _write_=lambda obj: obj)
    base.update(_unpack_sequence_=guarded_unpack_sequence, _iter_unpack_sequence_=iter_unpack_sequence)
    base.update(_inplacevar_=lambda op, x, y: inplace[op](x, y))
    cache = {}  # compiled once per program, like edge_python's own cache

    def run(program: Program):
        if program.name not in cache:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                cache[program.name] = compile_restricted(program.source, program.name, "exec")
        return capture(cache[program.name], dict(base))

    return run


def extra_engines(stack: contextlib.ExitStack) -> dict:
    """The comparison sandboxes that import and start here; the others are left out silently."""
    engines = {}
    for name, factory in (("monty", monty_engine), ("restricted", restricted_engine)):
        with contextlib.suppress(Exception):
            engines[name] = factory(stack)
    return engines


# -- measuring --------------------------------------------------------------------------------------
def timed(engine, program: Program):
    gc.collect()
    start = time.perf_counter()
    try:
        outcome = engine(program)
    except Exception as error:  # the engine itself broke: report it and go on
        outcome = ("", f"host exception {type(error).__name__}: {error}")
    return time.perf_counter() - start, outcome


def report_mismatch(program: Program, engine: str, stdout: str, error: str | None) -> None:
    print(f"\n!!! MISMATCH in {program.name} under {engine}", file=sys.stderr)
    if error:
        print(f"!!! error: {error}", file=sys.stderr)
    expected = (program.expected or "").splitlines()
    diff = difflib.unified_diff(expected, stdout.splitlines(), "cpython", engine, lineterm="")
    for line in list(diff)[:30]:
        print(f"!!! {line}", file=sys.stderr)


def measure(program: Program, engines: dict, repeat: int) -> bool:
    """Run the engines in turn, ``repeat`` rounds; True if edge_python matched CPython every time."""
    program.times = {name: [] for name in engines}
    for _ in range(repeat):
        for name, engine in engines.items():
            if name in program.failed:
                continue
            seconds, (stdout, error) = timed(engine, program)
            if name == "cpython" and program.expected is None:
                if error is not None:
                    report_mismatch(program, "cpython (the reference run failed)", stdout, error)
                    program.failed.update(engines)
                    return False
                program.expected = stdout
            if error is not None or stdout != program.expected:
                if name in ("edge", "cold"):  # a comparison sandbox that cannot run a program just shows "-"
                    report_mismatch(program, "edge_python", stdout, error)
                program.failed.add(name)
                continue
            program.times[name].append(seconds * 1000)
    return not program.failed & {"edge", "cold"}


def compile_cost(edge, programs: list[Program], repeat: int):
    """Milliseconds per 1,000 source lines over all selected programs, and how that was measured."""
    joined = "\n".join(p.source for p in programs)
    lines = joined.count("\n") + 1
    direct = hasattr(edge, "compile_source")
    how = "compile_source()" if direct else "first run() of the sources as the body of an uncalled function"
    if not direct:  # compiled, never executed
        joined = "def _compile_only():\n" + "".join(f"    {line}\n" for line in joined.splitlines())
    best = math.inf
    for attempt in range(repeat):
        fresh = f"{joined}\n# compile probe {time.time_ns()} {attempt}\n"  # never seen: defeats the cache
        start = time.perf_counter()
        try:
            if direct:
                edge.compile_source(fresh)
                error = None
            else:
                error = edge.run(fresh).error
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"
        if error is not None:
            return None, f"{how} failed: {error}"
        best = min(best, time.perf_counter() - start)
    return best * 1e6 / lines, f"{how}, {lines} lines, best of {repeat}"


def hello_latency(edge, iterations: int) -> float | None:
    """Best warm ``run("print(1)")`` time in microseconds (None if it does not print 1)."""
    if edge.run("print(1)").stdout != "1\n":
        return None
    best = math.inf
    for _ in range(iterations):
        start = time.perf_counter()
        edge.run("print(1)")
        best = min(best, time.perf_counter() - start)
    return best * 1e6


# -- reporting --------------------------------------------------------------------------------------
def geomean(values: list) -> float | None:
    values = [v for v in values if v]
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


def summarize(program: Program, extras: list[str]) -> dict:
    best = {name: min(times) if times else None for name, times in program.times.items()}
    cpython = best["cpython"]
    cold = best["cold"]
    row = {"program": program.name, "lines": program.source.count("\n"), "cpython_ms": cpython}
    row.update(match=not program.failed & {"edge", "cold"}, edge_cold_ms=cold, edge_ms=best["edge"])
    row.update({f"{name}_ms": best[name] for name in extras})
    times = {"cold": cold, "warm": best["edge"], **{name: best[name] for name in extras}}
    for name, ms in times.items():
        row[f"{name}_ratio"] = ms / cpython if ms and cpython else None
    return row


def cell(value, width: int, spec: str = ".1f") -> str:
    return f"{'-' if value is None else format(value, spec):>{width}}"


def print_table(rows: list[dict], extras: list[str]) -> None:
    columns = [("cpython ms", "cpython_ms", 11, ".1f"), ("edge cold ms", "edge_cold_ms", 13, ".1f")]
    columns += [("edge ms", "edge_ms", 10, ".1f"), ("cold x", "cold_ratio", 9, ".2f")]
    columns += [("warm x", "warm_ratio", 9, ".2f")] + [(f"{n} x", f"{n}_ratio", 13, ".2f") for n in extras]
    head = f"{'program':<22}" + "".join(f"{title:>{width}}" for title, _, width, _ in columns)
    print(head + "\n" + "-" * len(head))
    for row in rows:
        line = f"{row['program']:<22}" + "".join(cell(row[key], w, spec) for _, key, w, spec in columns)
        print(line + ("" if row["match"] else "  MISMATCH"))
    means = {key: geomean([row[key] for row in rows]) for _, key, _, _ in columns if key.endswith("_ratio")}
    cells = [cell(means[key], w, spec) if key in means else " " * w for _, key, w, spec in columns]
    print(f"{'geometric mean':<22}" + "".join(cells))


def print_quick(rows: list[dict]) -> None:
    for row in rows:
        status = "ok  " if row["match"] else "FAIL"
        timings = f"cpython {cell(row['cpython_ms'], 7)} ms   edge {cell(row['edge_cold_ms'], 8)} ms"
        print(f"{status} {row['program']:<22} {timings}")


def write_json(path: str, rows: list[dict], **summary) -> None:
    means = {key: geomean([row[key] for row in rows]) for key in rows[0] if key.endswith("_ratio")}
    report = {"python": platform.python_version(), **summary, "geomean": means, "programs": rows}
    Path(path).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="bench", description="Benchmark edge_python against CPython.")
    parser.add_argument("--repeat", type=int, default=5, metavar="N", help="best of N runs (default 5)")
    parser.add_argument("--quick", action="store_true", help="one run each, outputs checked (what CI runs)")
    parser.add_argument("--filter", metavar="SUBSTR", help="only the programs whose name contains SUBSTR")
    parser.add_argument("--json", metavar="FILE", help="also write the results to FILE as JSON")
    parser.add_argument("--no-pin", action="store_true",
                        help="do not pin the process to one CPU (see pin_to_one_cpu)")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    return args


def pin_to_one_cpu() -> str:
    """Run every engine on the same CPU. edge runs programs with loops on a thread of its own
    (with a big C stack) while the CPython baseline runs on the main thread: on a virtual machine
    whose CPUs differ in speed from moment to moment (other guests' load), the two would be timed
    on different CPUs, and the ratios would move by up to 1.7x either way between runs."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity here)"
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return f"pinned to CPU {cpu}"


def main(argv=None) -> int:
    args = parse_args(argv)
    pinned = "not pinned (--no-pin)" if args.no_pin else pin_to_one_cpu()
    repeat = 1 if args.quick else args.repeat
    programs = load_programs(args.filter)
    if not programs:
        print(f"no program in {PROGRAMS} matches {args.filter!r}", file=sys.stderr)
        return 2
    edge = import_edge()
    if not callable(getattr(edge, "run", None)):
        print(f"edge_python from {edge.__path__} has no run(): is the package complete?", file=sys.stderr)
        return 2
    with contextlib.ExitStack() as stack:
        extras = {} if args.quick else extra_engines(stack)
        engines = {"cpython": run_cpython, "edge": edge_engine(edge), "cold": edge_engine(edge, True)}
        engines.update(extras)
        matched = [measure(program, engines, repeat) for program in programs]
    rows = [summarize(program, list(extras)) for program in programs]
    per_kloc, how = compile_cost(edge, programs, 1 if args.quick else 9)
    iterations = 50 if args.quick else 2000
    hello = hello_latency(edge, iterations)
    if args.quick:
        print_quick(rows)
    else:
        print_table(rows, list(extras))
    print(f"\ncompile: {cell(per_kloc, 0)} ms per 1,000 source lines ({how})")
    print(f"warm run('print(1)'): {cell(hello, 0)} us (best of {iterations})")
    print(f"timing: {pinned}")
    failures = [p.name for p, ok in zip(programs, matched, strict=True) if not ok]
    tail = f"; MISMATCH: {', '.join(failures)}" if failures else ""
    print(f"{len(programs) - len(failures)}/{len(programs)} programs match CPython{tail}")
    if args.json:
        summary = dict(repeat=repeat, compile_ms_per_kloc=per_kloc, compile_method=how, hello_us=hello)
        write_json(args.json, rows, **summary)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

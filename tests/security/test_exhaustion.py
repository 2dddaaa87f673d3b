"""Exhaustion: hostile programs that try to exhaust CPU, memory, stack or output must be stopped.

Every program below runs twice, with the default limits and with tight ones, each time in a child
process of its own: the child caps its address space (``RLIMIT_AS``) so that a missing check
cannot take the machine down, and is killed when it outlives the run's time limit by more than a
little. A program passes when

- the child returned a report (no hang, no crash, nothing raised into the host),
- the run ended with a limit stop (``RuntimeError: budget exceeded``, ``MemoryError``,
  ``RecursionError``, ``TimeoutError``; a few programs name another stop they may end with),
- it took no longer than the time limit plus a little slack,
- the child's peak resident set (``VmHWM`` from ``/proc/self/status``; ``ru_maxrss`` would be
  inherited across ``exec``) stayed within a few hundred MB,
- nothing was written to the host's stderr, and a second ``run("print(1 + 1)")`` in the same child
  prints ``2``.

A failure here is a limit bypass: the test keeps asserting the right behaviour. Children run a few
at a time on a thread pool (started once for all the selected tests of this module), so the file
takes about as long as its slowest programs, not as long as their sum.

The determinism test at the end runs every case of the conformance corpus under two hash seeds
and compares everything the programs printed. It runs them with a fixed operation budget and no
wall-clock limit: corpus cases that loop until the budget runs out would otherwise race the clock
on a loaded machine (``budget exceeded`` in one child, ``TimeoutError`` in the other).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

import edge_python

SRC = str(Path(edge_python.__file__).resolve().parent.parent)
VM_JSON = Path(__file__).resolve().parent.parent / "conformance" / "vm.json"

ADDRESS_SPACE = 1 << 30      # RLIMIT_AS of each child, as WorkerPool's default: a missed check stops here
WORKERS = 6                  # children at a time (most of them wait on a limit or a timeout)
SLACK = 2.0                  # seconds a run may take beyond its time limit
STARTUP = 1.5                # seconds for the child to start, import and run the second program
MIB = 1 << 20

MODES = {
    # name: (limits passed to Limits(...), or None for the defaults; peak resident set allowed)
    "default": (None, 512 * MIB),
    "tight": ({"ops": 1_000_000, "memory": 32 * MIB, "recursion": 100, "time": 2.0,
               "output": 100_000, "int_digits": 10_000}, 160 * MIB),
}
DEFAULT_TIME = edge_python.Limits().time

LIMIT_TYPES = ("MemoryError", "RecursionError", "TimeoutError")


@dataclass(frozen=True)
class Program:
    name: str
    source: str
    also: tuple = ()  # other acceptable stops: (type name, text in the message)
    finishes: str | None = None  # or it may end normally, printing exactly this


def _p(name: str, source: str, *also, finishes: str | None = None) -> Program:
    return Program(name, source.strip("\n") + "\n", also, finishes)


DEEP_TUPLE = """
t = ()
for i in range(10 ** 6):
    t = (t,)
"""

PROGRAMS = [
    # -- CPU: loops, generators, recursion -------------------------------------------------------
    _p("while-true", "while True:\n    pass"),
    _p("for-over-infinite-generator", """
def forever():
    while True:
        yield 1
for x in forever():
    pass
"""),
    _p("recursion-into-loops", """
def f(n):
    while True:
        f(n + 1)
f(0)
"""),
    _p("exponential-recursion", """
def f(n, box):
    return f(n - 1, box) + f(n - 1, box) if n else 1
print(f(200, []))
"""),
    _p("deep-recursion", "def f(n):\n    return f(n + 1) + 1\nf(0)"),
    _p("recursion-through-operator", """
class A:
    def __add__(self, other):
        return self + other
print(A() + 1)
"""),
    _p("nested-generator-pipeline", "print(sum(x for x in (y * 2 for y in range(10 ** 15))))"),
    _p("iter-callable-sentinel", "for x in iter(int, 1):\n    pass"),
    _p("iter-callable-into-list", "xs = list(iter(lambda: 'x', 'y'))"),
    # -- huge ints -------------------------------------------------------------------------------
    _p("int-pow-huge", "x = 7\ny = x ** (10 ** 9)"),
    _p("int-shift-huge", "x = 1\ny = x << (10 ** 10)"),
    _p("int-repeated-squaring", "x = 3\nwhile True:\n    x = x * x"),
    _p("int-to-str-loop", "x = 10 ** 4000\nwhile True:\n    s = str(x)"),
    _p("int-modular-pow-growing", """
n = 500
while True:
    m = 10 ** n + 7
    print(n, pow(3, m - 8, m) % 10)
    n *= 2
"""),
    _p("int-from-bytes-division", """
a = int.from_bytes(b'\\xff' * 10 ** 7, 'big')
b = int.from_bytes(b'\\xfe' * (5 * 10 ** 6), 'big')
print(a // b > 0)
"""),
    _p("int-hex-parse-modulo", """
a = int('f' * 10 ** 7, 16)
b = int('e' * (5 * 10 ** 6), 16)
print(a % b > 0)
"""),
    # -- str / bytes / list / tuple amplification -----------------------------------------------
    _p("str-repeat-huge", "s = 'x' * 10 ** 12"),
    _p("str-concat-doubling", "s = 'x'\nwhile True:\n    s = s + s"),
    _p("list-iadd-doubling", "xs = [0]\nwhile True:\n    xs += xs"),
    _p("bytes-repeat-doubling", "b = b'ab'\nwhile True:\n    b = b * 2"),
    _p("tuple-concat-doubling", "t = (1, 2)\nwhile True:\n    t = t + t"),
    _p("join-huge-separator", "sep = 'x' * 10 ** 7\ns = sep.join(['a'] * 10 ** 4)"),
    _p("replace-growth", "u = 'x' * 999 + 'y'\ns = u * 10\nwhile True:\n    s = s.replace(u, u + u)"),
    _p("zfill-huge", "s = '1'.zfill(10 ** 11)"),
    _p("center-ljust-growth", """
s = 'x'
while True:
    s = s.center(len(s) * 2 + 1)
    s = s.ljust(len(s) * 2)
"""),
    _p("expandtabs-huge", "s = '\\t' * 10 ** 6\nt = s.expandtabs(10 ** 6)"),
    _p("format-precision", "a = format(1.5, '.1000000000f')"),
    _p("format-width", "b = format(1, '>1000000000')"),
    _p("fstring-width", "w = 10 ** 9\nt = f'{1:{w}}'"),
    _p("fstring-doubling", "s = 'x'\nwhile True:\n    s = f'{s}{s}'"),
    _p("percent-width", "t = '%*d' % (10 ** 9, 1)"),
    _p("percent-doubling", "s = '%s'\nwhile True:\n    s = '%s%s' % (s, s)"),
    _p("str-format-width", "s = '{:{}}'.format(1, 10 ** 9)"),
    _p("split-amplifier", """
n = 1
while True:
    parts = ('ab ' * n).split()
    n *= 2
"""),
    _p("splitlines-amplifier", """
n = 1
while True:
    parts = ('\\n' * n).splitlines()
    n *= 2
"""),
    _p("star-str-amplifier", """
n = 1
while True:
    chars = [*('x' * n)]
    n *= 2
"""),
    _p("list-of-non-ascii-chars", """
n = 1
while True:
    chars = list('\\u1234' * n)
    n *= 2
"""),
    _p("encode-namereplace", """
n = 1
while True:
    data = ('\\ufdfa' * n).encode('ascii', 'namereplace')
    n *= 2
"""),
    _p("decode-backslashreplace", """
n = 1
while True:
    text = (b'\\xff' * n).decode('utf-8', 'backslashreplace')
    n *= 2
"""),
    # -- containers growing ----------------------------------------------------------------------
    _p("append-loop", "xs = []\nwhile True:\n    xs.append(len(xs))"),
    _p("extend-self-loop", "xs = [0]\nwhile True:\n    xs.extend(xs)"),
    _p("dict-and-set-growth", """
d = {}
s = set()
i = 0
while True:
    d[i] = i
    s.add(-i)
    i += 1
"""),
    _p("comprehensions-over-huge-ranges", """
xs = [i for i in range(10 ** 12)]
d = {i: i for i in range(10 ** 12)}
"""),
    _p("list-range-big", "xs = list(range(10 ** 12))"),
    _p("sorted-range-big", "xs = sorted(range(10 ** 12))"),
    _p("set-range-big", "s = set(range(10 ** 12))"),
    _p("dict-fromkeys-range-big", "d = dict.fromkeys(range(10 ** 12))"),
    _p("bytes-big", "b = bytes(10 ** 12)"),
    _p("star-range-display", "xs = [*range(10 ** 12)]"),
    _p("star-unpacking-assignment", """
n = 1000
while True:
    a, *b = range(n)
    n *= 2
"""),
    _p("sum-of-lists", "xs = [[0] * 100] * 10 ** 4\nys = sum(xs, [])"),
    _p("append-big-strings", "xs = []\nwhile True:\n    xs.append('x' * 2 ** 24)"),
    # -- C calls that are slow per tick ----------------------------------------------------------
    _p("membership-in-big-list-loop",
       "xs = [0] * 4_000_000\nwhile True:\n    -1 in xs or -2 in xs or -3 in xs or -4 in xs"),
    _p("hash-of-big-string-loop", "s = 'x' * 2 ** 24\nwhile True:\n    hash(s)"),
    _p("percent-many-fields", "fmt = '%s' * 10 ** 6\nargs = (1,) * 10 ** 6\nwhile True:\n    s = fmt % args"),
    _p("str-format-many-fields",
       "fmt = '{}' * 10 ** 6\nargs = [1] * 10 ** 6\nwhile True:\n    s = fmt.format(*args)"),
    # -- output ----------------------------------------------------------------------------------
    _p("print-loop", "while True:\n    print('x' * 1000)"),
    _p("print-star-big-list", "print(*[0] * 30_000_000)"),
    # -- deeply nested data ----------------------------------------------------------------------
    # (finishing normally is right too: the point is that the host survives)
    _p("deep-tuple-hash", DEEP_TUPLE + "print(hash(t) == hash(t))", finishes="True\n"),
    _p("deep-tuple-dict-key", DEEP_TUPLE + "d = {t: 1}\nprint(len(d))", finishes="1\n"),
    _p("deep-tuple-set-add", DEEP_TUPLE + "s = set()\ns.add(t)\nprint(t in s)", finishes="True\n"),
    _p("deep-tuple-compare", DEEP_TUPLE + "u = ()\nfor i in range(10 ** 6):\n    u = (u,)\nprint(t == u)"),
    _p("deep-tuple-print", DEEP_TUPLE + "print(t)"),
    _p("deep-list-print-and-compare", """
a = []
b = []
for i in range(10 ** 6):
    a = [a]
    b = [b]
print(a == b)
print(a)
"""),
    _p("exception-cause-chain", """
e = Exception(0)
while True:
    f = Exception(1)
    f.__cause__ = e
    e = f
"""),
    _p("exception-context-chain-raised", """
e = Exception(0)
for i in range(10 ** 6):
    f = ValueError(i)
    f.__context__ = e
    e = f
try:
    raise e
except ValueError as caught:
    print(caught)
while True:
    pass
"""),
    _p("map-chain-consumed", """
m = range(10)
for i in range(10 ** 5):
    m = map(abs, m)
for x in m:
    pass
while True:
    pass
"""),
    _p("filter-zip-chain-consumed", """
m = [1, 2]
for i in range(3 * 10 ** 5):
    m = filter(None, zip(m))
for x in m:
    pass
while True:
    pass
"""),
    _p("nested-genexps-consumed", """
g = iter([1, 2])
for i in range(10 ** 5):
    g = (x for x in g)
print(list(g))
"""),
    _p("nested-genexps-freed", """
g = iter([1, 2])
for i in range(10 ** 6):
    g = (x for x in g)
g = None
print('freed')
""", finishes="freed\n"),
    _p("map-chain-freed", """
m = iter([1])
for i in range(10 ** 6):
    m = map(abs, m)
m = None
print('freed')
""", finishes="freed\n"),
    # -- the scheduler ---------------------------------------------------------------------------
    _p("many-tasks", """
async def t(i):
    sleep(10 ** 9)
    return i
print(gather(*[t(i) for i in range(5000)]))
"""),
    _p("tasks-sleeping-forever", """
async def t():
    while True:
        sleep(10 ** 6)
gather(t(), t(), t())
"""),
    _p("two-hundred-sleeping-tasks", """
async def t(i):
    sleep(1)
    return i
print(len(gather(*[t(i) for i in range(200)])))
while True:
    pass
"""),
    _p("nested-run", "async def t(n):\n    return run(t(n + 1))\nrun(t(0))"),
    _p("tasks-waiting-forever", "async def t():\n    frame()\ngather(t(), t())",
       ("RuntimeError", "scheduler suspended")),
    _p("spinning-tasks", "async def t():\n    while True:\n        pass\ngather(t(), t())"),
    # -- ranges, iterators, classes --------------------------------------------------------------
    _p("non-int-in-huge-range", "print(0.5 in range(10 ** 18))\nprint('a' in range(10 ** 18))"),
    _p("range-contains-dunder", "print(range(10 ** 18).__contains__(0.5))"),
    _p("in-raw-range-iterator", "print(0.5 in range(10 ** 18).__iter__())"),
    _p("range-count-non-int", "print(range(10 ** 18).count(0.5))"),
    _p("class-hierarchy-depth", "class A:\n    pass\nwhile True:\n    class A(A):\n        pass",
       ("TypeError", "class hierarchy is too deep")),
    # -- catching or suppressing a stop while looping forever ------------------------------------
    _p("except-base-exception", """
while True:
    try:
        while True:
            pass
    except BaseException:
        pass
"""),
    _p("finally-return", """
def f():
    try:
        while True:
            pass
    finally:
        return 1
while True:
    f()
"""),
    _p("exit-returns-true", """
class Quiet:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        return True
while True:
    with Quiet():
        while True:
            pass
"""),
    _p("generator-finally-loops", """
def g():
    try:
        yield 1
    finally:
        while True:
            pass
for x in g():
    while True:
        pass
"""),
]

_names = [p.name for p in PROGRAMS]
assert len(set(_names)) == len(_names)


# -- the child -----------------------------------------------------------------------------------
_CHILD = r"""
import json, os, resource, sys, time
config = json.loads(sys.argv[1])
resource.setrlimit(resource.RLIMIT_AS, (config["address_space"], config["address_space"]))
resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
import edge_python

def peak():
    # VmHWM is this process's own high-water mark; ru_maxrss would carry the parent's over exec
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return -1

limits = None if config["limits"] is None else edge_python.Limits(**config["limits"])
report = {}
start = time.monotonic()
try:
    result = edge_python.run(config["source"], limits=limits)
    error = result.error
    report["error"] = None if error is None else [error.type_name, error.message[:300]]
    report["stdout"] = result.stdout[-200:]
except BaseException as exc:
    report["raised"] = (type(exc).__name__ + ": " + str(exc))[:500]
report["elapsed"] = time.monotonic() - start
report["peak"] = peak()
try:
    again = edge_python.run("print(1 + 1)")
    report["again"] = [again.stdout, None if again.error is None else str(again.error)]
except BaseException as exc:
    report["again"] = ["", "raised " + type(exc).__name__ + ": " + str(exc)]
sys.stdout.write("\n@@REPORT@@" + json.dumps(report) + "\n")
sys.stdout.flush()
"""

_MARK = "@@REPORT@@"


def _env(**extra) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = SRC + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.pop("PYTHONFAULTHANDLER", None)
    env.update(extra)
    return env


def _spawn(args: list, timeout: float, **env) -> dict:
    """Run a child; returns its exit status, whether it timed out, and what it wrote."""
    proc = subprocess.Popen([sys.executable, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL, env=_env(**env))
    timed_out, peak = False, None
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out, peak = True, _peak_of(proc.pid)
        proc.kill()
        out, err = proc.communicate()
    return {"returncode": proc.returncode, "timed_out": timed_out, "peak_at_kill": peak,
            "stdout": out.decode("utf-8", "replace"), "stderr": err.decode("utf-8", "replace")}


def _peak_of(pid: int):
    """The peak resident set of a live child, read just before it is killed."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def run_isolated(source: str, mode: str) -> dict:
    limits, _ = MODES[mode]
    time_limit = DEFAULT_TIME if limits is None else limits["time"]
    config = {"source": source, "limits": limits, "address_space": ADDRESS_SPACE}
    child = _spawn(["-c", _CHILD, json.dumps(config)], time_limit + SLACK + STARTUP)
    report = None
    for line in child["stdout"].splitlines():
        if line.startswith(_MARK):
            report = json.loads(line[len(_MARK):])
    child["report"] = report
    child["time_limit"] = time_limit
    return child


def problems_of(program: Program, mode: str, child: dict) -> list[str]:
    """Everything wrong with one isolated run (empty when the program was stopped properly)."""
    _, peak_allowed = MODES[mode]
    report = child["report"]
    problems = []
    if report is None:
        if child["timed_out"]:
            peak = child["peak_at_kill"]
            at_kill = "" if peak is None else f", peak resident set {peak / MIB:.0f} MiB"
            problems.append(f"hang: the run did not return within {child['time_limit']:g} s "
                            f"(+{SLACK + STARTUP:g} s); child killed{at_kill}")
        elif child["returncode"] < 0:
            problems.append(f"crash: the child died of signal {-child['returncode']}")
        else:
            problems.append(f"crash: the child exited with status {child['returncode']}")
        tail = child["stderr"].strip()[-600:]
        if tail:
            problems.append("stderr: " + tail)
        return problems
    if child["timed_out"]:
        problems.append("hang after the run returned (finalisation or exit); child killed")
    if "raised" in report:
        problems.append(f"run() raised into the host: {report['raised']}")
    error = report.get("error")
    if "raised" not in report:
        if error is None and program.finishes is not None:
            if report["stdout"] != program.finishes:
                problems.append(f"wrong output: {report['stdout'][-60:]!r}")
        elif error is None:
            problems.append(f"not stopped: the run ended without an error "
                            f"(stdout ends {report['stdout'][-60:]!r})")
        elif not _is_limit_stop(error, program):
            problems.append(f"not a limit stop: {error[0]}: {error[1][:200]}")
    if report["elapsed"] > child["time_limit"] + SLACK:
        problems.append(f"too slow: {report['elapsed']:.1f} s with a {child['time_limit']:g} s "
                        f"time limit")
    if report["peak"] > peak_allowed:
        problems.append(f"too much memory: peak resident set {report['peak'] / MIB:.0f} MiB "
                        f"(allowed {peak_allowed / MIB:.0f} MiB)")
    if report["again"] != ["2\n", None]:
        problems.append(f"the next run in the same process failed: {report['again']}")
    stderr = child["stderr"]
    if "Traceback" in stderr or "Exception ignored" in stderr or "Fatal" in stderr:
        problems.append("wrote to the host's stderr: " + stderr.strip()[-400:])
    return problems


def _is_limit_stop(error: list, program: Program) -> bool:
    type_name, message = error
    if type_name in LIMIT_TYPES:
        return True
    if type_name == "RuntimeError" and "budget exceeded" in message:
        return True
    return any(type_name == t and text in message for t, text in program.also)


# -- running the children a few at a time --------------------------------------------------------
class _Jobs:
    """Futures of every child the selected tests of this module need, started on first use."""

    def __init__(self) -> None:
        self.pool = ThreadPoolExecutor(WORKERS)
        self.futures: dict = {}

    def submit(self, key, func, *args) -> None:
        if key not in self.futures:
            self.futures[key] = self.pool.submit(func, *args)

    def result(self, key, func, *args):
        self.submit(key, func, *args)
        return self.futures[key].result()


@pytest.fixture(scope="module")
def jobs(request):
    pending = _Jobs()
    mine = [item for item in request.session.items if getattr(item, "module", None) is sys.modules[__name__]]
    for item in mine:  # the long determinism children first, then the programs in order
        if item.originalname == "test_vm_cases_do_not_depend_on_the_hash_seed":
            for seed in SEEDS:
                pending.submit(("seed", seed), run_corpus, seed)
    selected = [item.callspec.params for item in mine
                if "program" in getattr(getattr(item, "callspec", None), "params", {})]
    for mode in MODES:  # the default limits first: those runs are the long ones
        for params in selected:
            if params["mode"] == mode:
                program = params["program"]
                pending.submit((program.name, mode), run_isolated, program.source, mode)
    yield pending
    pending.pool.shutdown(wait=True, cancel_futures=True)
    target = os.environ.get("EDGE_EXHAUSTION_REPORT")
    if target:  # every child's report, for a table of times and peaks
        done = {"/".join(key): future.result() for key, future in pending.futures.items()
                if future.done() and not future.cancelled() and key[0] != "seed"}
        Path(target).write_text(json.dumps(done, indent=1), encoding="utf-8")


@pytest.mark.parametrize("mode", list(MODES))
@pytest.mark.parametrize("program", PROGRAMS, ids=_names)
def test_program_is_stopped_by_a_limit(program, mode, jobs):
    child = jobs.result((program.name, mode), run_isolated, program.source, mode)
    problems = problems_of(program, mode, child)
    report = child["report"] or {}
    summary = (f"elapsed {report.get('elapsed', float('nan')):.2f} s, "
               f"peak {report.get('peak', 0) / MIB:.0f} MiB, error {report.get('error')}")
    assert not problems, f"{program.name} [{mode}] {summary}\n" + "\n".join(
        ["  - " + p for p in problems] + ["program:", program.source])


def test_enough_programs():
    assert len(PROGRAMS) >= 40


def test_the_harness_notices_an_unstopped_program():
    """The checks above can fail: a program that ends normally is reported as not stopped."""
    program = _p("finishes", "print('hi')")
    child = run_isolated(program.source, "tight")
    problems = problems_of(program, "tight", child)
    assert any(p.startswith("not stopped") for p in problems), problems
    assert child["report"]["again"] == ["2\n", None]


# -- determinism ---------------------------------------------------------------------------------
SEEDS = ("0", "12345")
CORPUS_TIMEOUT = 90.0

_CORPUS_CHILD = r"""
import json, sys
import edge_python
cases = json.load(open(sys.argv[1], encoding="utf-8"))
limits = edge_python.Limits(ops=10_000_000, time=None)  # the clock is the one limit that races
out = []
for case in cases:
    try:
        result = edge_python.run(case["src"], stdin=case.get("input"), events=case.get("events"),
                                 limits=limits)
        error = None if result.error is None else str(result.error)
        out.append([case["id"], result.stdout, error])
    except BaseException as exc:
        out.append([case["id"], None, "raised " + type(exc).__name__ + ": " + str(exc)])
sys.stdout.write("\n@@REPORT@@" + json.dumps(out) + "\n")
"""


def run_corpus(seed: str) -> dict:
    child = _spawn(["-c", _CORPUS_CHILD, str(VM_JSON)], CORPUS_TIMEOUT, PYTHONHASHSEED=seed)
    report = None
    for line in child["stdout"].splitlines():
        if line.startswith(_MARK):
            report = json.loads(line[len(_MARK):])
    child["report"] = report
    return child


def test_vm_cases_do_not_depend_on_the_hash_seed(jobs):
    runs = [jobs.result(("seed", seed), run_corpus, seed) for seed in SEEDS]
    for seed, child in zip(SEEDS, runs):
        assert child["report"] is not None, (
            f"PYTHONHASHSEED={seed}: the corpus child did not finish (timed out: "
            f"{child['timed_out']}, status {child['returncode']}): {child['stderr'][-500:]}")
    first, second = (child["report"] for child in runs)
    cases = json.loads(VM_JSON.read_text(encoding="utf-8"))
    assert len(first) == len(second) == len(cases)
    raised = [row for row in first + second if row[1] is None]
    assert not raised, f"run() raised into the host: {raised[:3]}"
    differ = [(a[0], a[1:], b[1:]) for a, b in zip(first, second) if a != b]
    assert not differ, f"{len(differ)} cases differ between hash seeds {SEEDS}, e.g. " + "; ".join(
        f"{case}: {a!r} != {b!r}" for case, a, b in differ[:5])

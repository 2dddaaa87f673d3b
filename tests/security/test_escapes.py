"""The escape suite: every attack in ``attacks/``, run with canaries planted.

For each attack: ``run`` returns normally; neither canary token (an environment variable, a file)
comes back in the output, the error or its rendering; no host address, internal name or host path
shows; no host module gets imported; no ``ESCAPED`` line (the program reports what it reached); no
thread outlives the run; no program code runs after ``run`` returned (finalizers reported through
``sys.unraisablehook``, warnings, or host-side runtime state touched when the host collects
garbage); and a later run is unaffected. A second test runs each attack twice in one process and
then a benign program, collecting garbage as it starts, whose output must be exactly as in a fresh
process.
"""

from __future__ import annotations

import _thread
import gc
import os
import re
import secrets
import sys
import time
import warnings
from dataclasses import dataclass, field

import pytest

import edge_python
from edge_python import Limits, run
from edge_python.runtime.errors import PROGRAM_FILE
from edge_python.runtime.stack import runner_threads

try:
    from attacks import ATTACKS, Attack, count_by_kind
except ImportError:  # collected as part of a package
    from .attacks import ATTACKS, Attack, count_by_kind

DEFAULT = Limits(time=5.0)
CANARY_ENV = "EDGE_CANARY_SECRET"
ENV_TOKEN = "envcanary" + secrets.token_hex(12)
FILE_TOKEN = "filecanary" + secrets.token_hex(12)

# Program ids are small counters (0x1010, 0x1020 ...): seven or more hex digits is a host address.
ADDRESS = re.compile(r"0x[0-9a-fA-F]{7,}")
PACKAGE_DIR = os.path.dirname(os.path.abspath(edge_python.__file__))
MARKERS = ("ESCAPED", "edge_python", PACKAGE_DIR, sys.prefix, "site-packages", "<frame", "<code object",
           "<module ", "<cell", "mappingproxy", "$ga", "$tick", "$guard", "_print.<locals>", "LimitExceeded",
           "RunState", "Meter object", "Scheduler", "TaskKilled")
# Modules the runtime itself may load while running a program (codecs are looked up on first use).
ALLOWED_MODULES = ("edge_python", "encodings", "unicodedata")

BENIGN = """
class P:
    pass
s = {3, 1, 2}
print(id(object()), id(P()), sorted(s), '{:>4}|{!r}'.format(7, 'a'), hash('ab'), repr(P()))
"""


@pytest.fixture(scope="module")
def canary(tmp_path_factory):
    path = tmp_path_factory.mktemp("canary") / "secret.txt"
    path.write_text(FILE_TOKEN + "\n")
    old = os.environ.get(CANARY_ENV)
    os.environ[CANARY_ENV] = ENV_TOKEN
    yield str(path)
    if old is None:
        del os.environ[CANARY_ENV]
    else:
        os.environ[CANARY_ENV] = old


def prepare(source: str, path: str) -> str:
    return source.replace("@CANARY_FILE@", path).replace("@CANARY_ENV@", CANARY_ENV)


@dataclass
class Observation:
    """Everything a run showed, and everything it did to the host around it."""

    texts: list[str] = field(default_factory=list)   # stdout, str(error), render()
    stdout: str = ""
    raised: BaseException | None = None
    seconds: float = 0.0
    new_modules: set[str] = field(default_factory=set)
    unraisable: list[str] = field(default_factory=list)
    late_warnings: list[str] = field(default_factory=list)
    host_side_touched: bool = False
    extra_threads: int = 0


def _host_side_state():
    """What runtime code run outside any run would change (program code running too late)."""
    from edge_python.runtime import context
    side = getattr(context, "_HostSide", None)
    if side is None:
        return None
    meter = getattr(side, "meter", None)
    return (len(getattr(side, "ids", ())), getattr(meter, "used", 0), len(getattr(side, "user_types", ())))


def _threads() -> int:
    """Threads alive, not counting the runner threads kept for the next run (runtime/stack.py)."""
    return (_thread._count() if hasattr(_thread, "_count") else 0) - runner_threads()


def _run_observed(source: str, limits: Limits | None, obs: Observation) -> None:
    before = set(sys.modules)
    start = time.monotonic()
    try:
        result = run(source, limits=limits or DEFAULT)
    except BaseException as exc:  # noqa: BLE001 - the point: run must never raise
        obs.raised = exc
        return
    finally:
        obs.seconds += time.monotonic() - start
    obs.new_modules |= {m for m in set(sys.modules) - before if not m.startswith(ALLOWED_MODULES)}
    obs.stdout += result.stdout
    obs.texts.append(result.stdout)
    if result.error is not None:
        obs.texts.append(str(result.error))
        try:
            obs.texts.append(result.error.render())
        except BaseException as exc:  # noqa: BLE001
            obs.raised = exc


def observe(source: str, limits: Limits | None = None,
            followup: str | None = None) -> tuple[Observation, Observation | None]:
    """Run ``source`` (then ``followup``), then collect garbage, watching the host throughout."""
    obs = Observation()
    later = Observation() if followup is not None else None
    events: list[str] = []
    old_hook = sys.unraisablehook
    threads = _threads()
    sys.unraisablehook = lambda u: events.append(f"{u.exc_type.__name__}: {u.exc_value} ({u.object!r})")
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            _run_observed(source, limits, obs)
            if later is not None:
                with collect_during_next_run():
                    _run_observed(followup, None, later)
            host_before = _host_side_state()
            gc.collect()
            obs.host_side_touched = host_before is not None and _host_side_state() != host_before
            obs.late_warnings = [str(w.message) for w in caught]
    finally:
        sys.unraisablehook = old_hook
    obs.unraisable = events
    deadline = time.monotonic() + 0.5
    while _threads() > threads and time.monotonic() < deadline:
        time.sleep(0.01)
    obs.extra_threads = _threads() - threads
    return obs, later


class collect_during_next_run:
    """Collect garbage once, as the next run starts executing its own code.

    A busy host's collector runs at arbitrary allocations; doing it at the first call of program
    code makes "the previous run's garbage is collected while the next run executes" deterministic.
    """

    def __init__(self, on: bool = True) -> None:
        self.on = on

    def _hook(self, frame, event, arg):
        if event == "call" and frame.f_code.co_filename == PROGRAM_FILE:
            sys.setprofile(None)
            gc.collect()

    def __enter__(self):
        if self.on:
            sys.setprofile(self._hook)
        return self

    def __exit__(self, *exc):
        sys.setprofile(None)
        return False


def problems(obs: Observation, attack: Attack) -> list[str]:
    found = []
    if obs.raised is not None:
        found.append(f"run() raised into the host: {type(obs.raised).__name__}: {obs.raised}")
    for text in obs.texts:
        for token, what in ((ENV_TOKEN, "environment canary"), (FILE_TOKEN, "file canary")):
            if token in text:
                found.append(f"{what} leaked: {text[:300]!r}")
        address = ADDRESS.search(text)
        if address:
            found.append(f"host address {address.group()} in {text[:300]!r}")
    shown = obs.texts[:2]  # stdout and str(error); render() quotes the program's own source
    for text in shown:
        for marker in MARKERS:
            if marker and marker in text:
                found.append(f"{marker!r} shown: {text[:300]!r}")
    for bad in attack.bad:
        if bad in obs.stdout:
            found.append(f"{bad!r} in output: {obs.stdout[:300]!r}")
    if obs.new_modules:
        found.append(f"host modules imported: {sorted(obs.new_modules)}")
    if obs.unraisable:
        found.append(f"program code reported through sys.unraisablehook: {obs.unraisable}")
    if obs.late_warnings:
        found.append(f"warnings reached the host: {obs.late_warnings}")
    if obs.host_side_touched:
        found.append("runtime code ran outside any run (host-side state changed during gc)")
    if obs.extra_threads > 0:
        found.append(f"{obs.extra_threads} thread(s) outlived the run")
    if attack.max_seconds is not None and obs.seconds > attack.max_seconds:
        found.append(f"ran {obs.seconds:.2f} s, limit allows {attack.max_seconds} s")
    return found


@pytest.fixture(scope="module")
def benign_expected(canary):
    """The benign program's output in a clean state: ids and hashes are deterministic."""
    result = run(BENIGN, limits=DEFAULT)
    assert result.error is None, result.error
    assert result.stdout.startswith("4112 4128 [1, 2, 3]    7|'a' "), result.stdout
    return result.stdout


@pytest.mark.parametrize("attack", ATTACKS, ids=lambda a: a.id)
def test_attack_reaches_nothing(attack: Attack, canary: str) -> None:
    followup = attack.followup
    obs, later = observe(prepare(attack.source, canary), attack.limits, followup)
    found = problems(obs, attack)
    if later is not None:
        for issue in problems(later, Attack("followup", "", "")):
            found.append("in the next run: " + issue)
        if later.stdout != attack.followup_stdout:
            found.append(f"the next run printed {later.stdout!r}, expected {attack.followup_stdout!r} "
                         f"(texts: {later.texts!r})")
    assert not found, "\n".join([f"attack {attack.id} got through:"] + found)


@pytest.mark.parametrize("attack", ATTACKS, ids=lambda a: a.id)
def test_attack_twice_then_benign(attack: Attack, canary: str, benign_expected: str) -> None:
    source = prepare(attack.source, canary)
    threads = _threads()
    for attempt in (1, 2):
        start = time.monotonic()
        try:
            run(source, limits=attack.limits or DEFAULT)
        except BaseException as exc:  # noqa: BLE001
            pytest.fail(f"run {attempt} raised into the host: {type(exc).__name__}: {exc}")
        seconds = time.monotonic() - start
        if attack.max_seconds is not None:
            assert seconds <= attack.max_seconds, f"run {attempt} took {seconds:.2f} s"
    old_hook = sys.unraisablehook
    sys.unraisablehook = lambda u: None  # reported by the test above; here only the output matters
    try:
        with collect_during_next_run():
            result = run(BENIGN, limits=DEFAULT)
    finally:
        sys.unraisablehook = old_hook
    assert result.error is None, f"after {attack.id}: benign run failed: {result.error}"
    assert result.stdout == benign_expected, f"after {attack.id}: benign output changed"
    deadline = time.monotonic() + 0.5
    while _threads() > threads and time.monotonic() < deadline:
        time.sleep(0.01)
    assert _threads() <= threads, f"{_threads() - threads} thread(s) outlived the runs"


def test_table_covers_every_class() -> None:
    counts = count_by_kind()
    assert len(ATTACKS) >= 150
    assert len({a.id for a in ATTACKS}) == len(ATTACKS)
    wanted = {"dunder-walk": 10, "func-globals": 15, "frames": 12, "exceptions": 12, "format": 12,
              "higher-order": 8, "match": 8, "type-calls": 10, "object-dunders": 10, "cross-run": 5,
              "super": 8, "class-hooks": 10, "namespace": 12, "imports": 15, "names": 6,
              "setattr-del": 8, "scheduler-iter-with": 8, "addresses": 5, "exits": 6, "finalizers": 5,
              "limits": 10}
    for kind, least in wanted.items():
        assert counts.get(kind, 0) >= least, (kind, counts.get(kind, 0))

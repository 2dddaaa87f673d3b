"""Isolation mode: runs in a pool of worker processes with OS limits, as a hard backstop.

In-process runs are guarded by the sandbox's own checks, but no in-process design can promise
what an operating system can: a cap on address space that holds even inside one C call, CPU
time that is enforced by a signal, and a crash that takes only a worker down. ``WorkerPool``
keeps a few ``python -m edge_python.worker`` processes, each limited with ``setrlimit``; a
request is a line of JSON on the worker's stdin and the answer a line on its stdout. A worker
that dies, or does not answer within the run's time limit plus a grace period, is killed and
replaced, and its run comes back as a ``result.error`` like any other.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import threading
from dataclasses import asdict

from .api import Note, ProgramError, Result
from .runtime.limits import Limits

GRACE_SECONDS = 5.0  # beyond the run's own time limit before a silent worker is killed


class WorkerPool:
    """``pool.run(source, stdin=None, events=None, limits=None) -> Result``, like ``run``.

    memory_mb: address-space cap of each worker; cpu_seconds: CPU-time cap of each worker
    (it is restarted after hitting it); workers: how many processes run programs in parallel;
    grace: seconds past the run's time limit before a worker that does not answer is killed.
    """

    def __init__(self, workers: int = 2, memory_mb: int | None = 1024,
                 cpu_seconds: int | None = 60, grace: float = GRACE_SECONDS) -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.memory_mb = memory_mb
        self.grace = grace
        self.cpu_seconds = cpu_seconds
        self._idle: list[_Worker] = []
        self._slots = threading.Semaphore(workers)
        self._lock = threading.Lock()
        self._closed = False

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers, self._idle = self._idle, []
        for worker in workers:
            worker.kill()

    def run(self, source: str, stdin: list[str] | None = None, events: list[str] | None = None,
            limits: Limits | None = None) -> Result:
        if not isinstance(source, str):
            raise TypeError(f"source must be a str, not {type(source).__name__}")
        limits = limits or Limits()
        request = {"source": source, "stdin": stdin, "events": events, "limits": asdict(limits)}
        timeout = None if limits.time is None else limits.time + self.grace
        with self._slots:
            worker = self._take()
            try:
                reply = worker.ask(request, timeout)
            except _WorkerDied as died:
                worker.kill()
                return Result(died.stdout, ProgramError(died.type_name, died.message))
            self._give_back(worker)
        return _result(reply)

    def _take(self) -> _Worker:
        with self._lock:
            if self._closed:
                raise RuntimeError("the pool is closed")
            if self._idle:
                return self._idle.pop()
        return _Worker(self.memory_mb, self.cpu_seconds)

    def _give_back(self, worker: _Worker) -> None:
        with self._lock:
            if self._closed:
                worker.kill()
            else:
                self._idle.append(worker)


class _WorkerDied(Exception):
    def __init__(self, type_name: str, message: str, stdout: str = "") -> None:
        super().__init__(message)
        self.type_name, self.message, self.stdout = type_name, message, stdout


class _Worker:
    def __init__(self, memory_mb: int | None, cpu_seconds: int | None) -> None:
        env = dict(os.environ)
        env["EDGE_WORKER_MEMORY_MB"] = "" if memory_mb is None else str(memory_mb)
        env["EDGE_WORKER_CPU_SECONDS"] = "" if cpu_seconds is None else str(cpu_seconds)
        paths = [p for p in sys.path if p]
        env["PYTHONPATH"] = os.pathsep.join(paths)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "edge_python.worker"], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)

    def ask(self, request: dict, timeout: float | None) -> dict:
        process = self.process
        try:
            process.stdin.write(json.dumps(request).encode() + b"\n")
            process.stdin.flush()
        except OSError:
            raise self._died() from None
        if timeout is not None and hasattr(select, "select"):
            ready, _, _ = select.select([process.stdout], [], [], timeout)
            if not ready:
                raise _WorkerDied("TimeoutError", "the worker did not answer in time and was "
                                  "stopped")
        line = process.stdout.readline()
        if not line:
            raise self._died()
        return json.loads(line)

    def _died(self) -> _WorkerDied:
        code = self.process.wait(timeout=5)
        if code < 0:
            how = f"signal {-code}"
            kind = "MemoryError" if -code in (6, 9) else "SystemError"
        else:
            how, kind = f"exit status {code}", "SystemError"
        return _WorkerDied(kind, f"the worker process died ({how})")

    def kill(self) -> None:
        try:
            self.process.kill()
            self.process.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            pass


def _result(reply: dict) -> Result:
    error = reply.get("error")
    if error is None:
        return Result(reply["stdout"])
    notes = [Note(**note) for note in error.pop("notes", [])]
    return Result(reply["stdout"], ProgramError(notes=notes, **error))

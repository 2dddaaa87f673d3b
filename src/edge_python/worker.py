"""A worker process of ``isolation.WorkerPool``: one JSON request per line in, one answer out."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict


def _limit_process() -> None:
    try:
        import resource
    except ImportError:  # pragma: no cover - not POSIX
        return
    memory = os.environ.get("EDGE_WORKER_MEMORY_MB")
    if memory:
        size = int(memory) * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (size, size))
    cpu = os.environ.get("EDGE_WORKER_CPU_SECONDS")
    if cpu:
        seconds = int(cpu)
        resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))


def main() -> int:
    _limit_process()
    from .api import run
    from .runtime.limits import Limits

    output = sys.stdout.buffer
    for line in sys.stdin.buffer:
        request = json.loads(line)
        result = run(request["source"], stdin=request.get("stdin"), events=request.get("events"),
                     limits=Limits(**request["limits"]))
        error = None
        if result.error is not None:
            error = asdict(result.error)
        output.write(json.dumps({"stdout": result.stdout, "error": error}).encode() + b"\n")
        output.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())

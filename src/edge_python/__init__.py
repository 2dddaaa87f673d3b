"""edge-python: run untrusted Python-subset programs safely, deterministically, within limits."""

from .api import ProgramError, Result, compile_source, run
from .isolation import WorkerPool
from .runtime.limits import Limits

__all__ = ["Limits", "ProgramError", "Result", "WorkerPool", "compile_source", "run"]
__version__ = "0.1.0"

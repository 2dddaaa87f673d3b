"""Program source -> a CPython code object of guarded code, plus what running it needs."""

from __future__ import annotations

import ast
import gc
import warnings
from contextlib import contextmanager
from dataclasses import dataclass
from types import CodeType

from ..runtime.errors import PROGRAM_FILE
from ..syntax.diagnostics import CompileError, SourceMap
from ..syntax.lexer import check_source
from ..syntax.parser import deep_stack, parse
from .lower import Lowerer
from .scopes import analyse


@dataclass(frozen=True)
class Program:
    """A compiled program: immutable, shareable between runs and threads."""

    source: str
    smap: SourceMap
    code: CodeType
    attr_names: tuple[str, ...]
    is_async: bool
    memo_tables: tuple[str, ...]
    has_coroutines: bool
    straight_line: bool  # no loop, comprehension or function: cannot build deep nesting
    tree: ast.Module | None = None  # the guarded code, when asked for (``keep_tree``)


def compile_program(source: str, keep_tree: bool = False) -> Program:
    """Compile Edge Python source. Raises ``CompileError`` for any fault of the program.
    ``keep_tree`` keeps the guarded ``ast`` (for ``edge --show-code`` and tests)."""
    source = check_source(source)
    smap = SourceMap(source)
    with deep_stack(), _no_cycle_collection():
        module = parse(source, smap)
        facts = analyse(module)
        lowerer = Lowerer(smap, facts)
        tree = lowerer.module(module)
        code = _cpython_compile(tree, smap, facts.top_level_await)
        program = Program(source, smap, code, tuple(sorted(lowerer.attr_names)),
                          facts.top_level_await, tuple(lowerer.memo_tables),
                          lowerer.has_coroutines, lowerer.straight_line,
                          tree if keep_tree else None)
        del module, facts, lowerer, tree  # freed now, so that no collection walks them (below)
    return program


@contextmanager
def _no_cycle_collection():
    """Compiling builds tens of thousands of acyclic nodes: CPython's cycle collector would walk
    them again and again (a third of the compile time) to free nothing. They are freed before
    it is enabled again, or its first collection would walk them all once more."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _cpython_compile(tree: ast.Module, smap: SourceMap, top_level_await: bool) -> CodeType:
    flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT if top_level_await else 0
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return compile(tree, PROGRAM_FILE, "exec", flags=flags, dont_inherit=True, optimize=0)
    except SyntaxError as exc:
        start = smap.offset_of(exc.lineno or 1, (exc.offset or 1) - 1)
        end = start + 1
        if getattr(exc, "end_lineno", None) and exc.end_offset and exc.end_offset > 0:
            end = max(start + 1, smap.offset_of(exc.end_lineno, exc.end_offset - 1))
        raise CompileError(exc.msg, start, end, type(exc).__name__) from None
    except (RecursionError, MemoryError):
        raise CompileError("too many nested parentheses", 0, 1) from None

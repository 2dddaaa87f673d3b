"""The ``edge`` command: ``edge run FILE``, ``edge -c CODE``, ``edge`` alone for a REPL.

Program output goes to stdout; a program error goes to stderr as a diagnostic whose first line
is ``error: TypeName: message``. Exit status: 0 ok, 1 program error, 2 misuse.
"""

from __future__ import annotations

import argparse
import ast
import sys

from . import api
from .runtime.limits import Limits
from .syntax.diagnostics import CompileError
from .syntax.lexer import decode_source


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="edge", description="Run Edge Python programs in a sandbox.",
        epilog="Without a command, starts an interactive session.")
    parser.add_argument("-c", dest="code", help="run CODE instead of a file")
    parser.add_argument("--version", action="version", version=f"edge-python {_version()}")
    sub = parser.add_subparsers(dest="command")
    run = sub.add_parser("run", help="run a program file")
    run.add_argument("file", help="path of the program ('-' reads it from stdin)")
    for target in (parser, run):
        _limit_options(target)
    return parser


def _limit_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("limits and inputs")
    group.add_argument("--ops", type=int, help="operation budget")
    group.add_argument("--memory", type=float, help="memory limit in MB")
    group.add_argument("--recursion", type=int, help="call depth limit")
    group.add_argument("--time", type=float, help="wall-clock limit in seconds")
    group.add_argument("--output", type=int, help="output limit in characters")
    group.add_argument("--no-limits", action="store_true", help="turn every limit off")
    group.add_argument("--events", help="file with one receive() event per line")
    group.add_argument("--stdin", dest="stdin_file", help="file with one input() line per line")
    group.add_argument("--dump-ast", action="store_true", help="print the syntax tree and stop")
    group.add_argument("--show-code", action="store_true",
                       help="print the guarded Python code the program compiles to and stop")


def _version() -> str:
    from . import __version__
    return __version__


def _limits(options) -> Limits:
    if options.no_limits:
        return Limits.none()
    values = {}
    for name in ("ops", "recursion", "time", "output"):
        value = getattr(options, name, None)
        if value is not None:
            values[name] = value
    if getattr(options, "memory", None) is not None:
        values["memory"] = int(options.memory * 1024 * 1024)
    return Limits(**values)


def _read_lines(path: str | None) -> list[str] | None:
    if path is None:
        return None
    with open(path, encoding="utf-8") as handle:
        return handle.read().splitlines()


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    options = parser.parse_args(argv)
    try:
        if options.code is not None:
            return _run(options.code, "<input>", options)
        if options.command == "run":
            data = sys.stdin.buffer.read() if options.file == "-" else _read_file(options.file)
            try:
                source = decode_source(data)
            except CompileError as exc:
                print(f"error: SyntaxError: {exc.message}\n  --> {options.file}", file=sys.stderr)
                return 1
            return _run(source, options.file, options)
        from .repl import interact
        return interact(_limits(options))
    except _Misuse as exc:
        print(f"edge: {exc}", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"edge: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `edge --show-code ... | head`
        sys.stderr.close()
        return 0


class _Misuse(Exception):
    pass


def _read_file(path: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise _Misuse(f"cannot read {path}: {exc.strerror}") from None


def _run(source: str, path: str, options) -> int:
    if options.dump_ast or options.show_code:
        return _inspect(source, path, options)
    try:
        stdin = _read_lines(options.stdin_file)
        if stdin is None and options.command == "run" and options.file != "-" and not sys.stdin.isatty():
            stdin = sys.stdin.read().splitlines()
        events = _read_lines(options.events)
        limits = _limits(options)
    except (OSError, TypeError) as exc:
        raise _Misuse(str(exc)) from None
    result = api.run(source, stdin=stdin, events=events, limits=limits)
    sys.stdout.write(result.stdout)
    sys.stdout.flush()
    if result.error is None:
        return 0
    print(result.error.render(path), file=sys.stderr)
    return 1


def _inspect(source: str, path: str, options) -> int:
    try:
        if options.dump_ast:
            from .syntax.dump import dump
            from .syntax.parser import parse
            for statement in parse(source).body:
                print(dump(statement))
        else:
            from .compiler import compile_program
            print(ast.unparse(compile_program(source, keep_tree=True).tree))
    except CompileError as exc:
        error = api._compile_error(exc, source)
        print(error.render(path), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

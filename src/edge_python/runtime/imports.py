"""Imports: resolved through the host. Until a host provides modules, none exist."""

from __future__ import annotations


def import_module(spec: str, top: bool = False):
    name = spec.split("#", 1)[0]
    raise ModuleNotFoundError(f"No module named '{name}'")


def import_from(module, name: str):
    from .gate import get_attribute
    try:
        return get_attribute(module, name)
    except AttributeError:
        raise ImportError(f"cannot import name '{name}'") from None


def import_star(module) -> None:
    raise ImportError("'import *' is not supported in Edge Python")

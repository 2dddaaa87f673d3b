"""Assignment targets and parameter lists: parsing them and refusing what cannot be assigned."""

from __future__ import annotations

from . import nodes as n
from .diagnostics import CompileError
from .parse_expr import COMPARE_BP, _describe
from .tokens import NAME


class TargetParser:
    """Mixin: targets of for/with/comprehensions, target checks, and def/lambda parameters."""

    def parse_target_list(self, stops: tuple, single: bool = False):
        """Targets up to one of ``stops``: a single target, or a bare tuple of them."""
        first = self.parse_target_item()
        if single or self.tok[0] != ",":
            self.check_target(first, "assign")
            return first
        elts = [first]
        while self.tok[0] == ",":
            self.advance()
            if self.tok[0] in stops:
                break
            elts.append(self.parse_target_item())
        target = n.Tuple(elts, first.start, elts[-1].end)
        self.check_target(target, "assign")
        return target

    def checked_targets(self, parse, kind: str, fallback=None):
        """Targets read by ``parse``. If they fail (to parse, or a check), CPython reads them again
        as an expression (``fallback``) and names the first that cannot be a target of ``kind``
        ("assign", "delete" or "for"); otherwise the first failure stands."""
        start = self.pos
        try:
            return parse()
        except CompileError as exc:
            error, failed = exc, self.pos
        self.reset(start)
        value = self.attempt(fallback or (lambda: self.parse_star_expressions(star_ok=True)),
                             specific=False) or self.attempt(self.parse_postfix, specific=False)
        bad = _invalid_target(value, kind) if value is not None else None
        if bad is not None:
            verb = "delete" if kind == "delete" else "assign to"
            raise CompileError(f"cannot {verb} {_describe(bad)}", bad.start, bad.end) from None
        self.reset(failed)
        raise error

    def parse_for_target(self):
        target = self.parse_target_list(("in",))
        self.expect("in", "invalid syntax")
        return target

    def parse_target_item(self):
        tok = self.tok
        if tok[0] == "*":
            self.advance()
            value = self.parse_binary(COMPARE_BP)
            return n.Starred(value, tok[2], value.end)
        return self.parse_binary(COMPARE_BP)

    def check_target(self, node, action: str) -> None:
        """Refuse a target CPython refuses, with its message ('cannot assign to literal', ...)."""
        kind = type(node)
        if kind is n.Name:
            if node.id == "__debug__":
                self.late(f"cannot {action} to __debug__" if action == "assign"
                          else "cannot delete __debug__", node.start, node.end)
            return
        if kind is n.Attribute or kind is n.Subscript:
            return
        if kind is n.Tuple or kind is n.List:
            starred = [e for e in node.elts if type(e) is n.Starred]
            if len(starred) > 1 and action == "assign":
                self.late("multiple starred expressions in assignment", node.start, node.end)
            for elt in node.elts:
                self.check_target(elt, action)
            return
        if kind is n.Starred:
            if action == "delete":
                raise CompileError("cannot delete starred", node.start, node.end)
            self.check_target(node.value, action)
            return
        verb = "assign to" if action == "assign" else "delete"
        raise CompileError(f"cannot {verb} {_describe(node)}", node.start, node.end)

    # -- parameters ---------------------------------------------------------------------------
    def parse_parameters(self, closer: str, lambda_: bool = False):
        state = _Params(self.late)
        start = self.tok[2]
        while self.tok[0] != closer:
            tok = self.tok
            if tok[0] == "/":
                self.advance()
                state.slash(tok, self.tok[0] == ",")
                if self.tok[0] == "*":
                    self.syntax_error("expected comma between / and *")
            elif tok[0] == "*":
                self.advance()
                if self.tok[0] in (",", closer):
                    state.bare_star(tok)
                else:
                    state.star(self.parse_param(lambda_), tok)
                    self.no_default("var-positional")
            elif tok[0] == "**":
                self.advance()
                state.double_star(self.parse_param(lambda_), tok)
                self.no_default("var-keyword")
            elif tok[0] == "(" and not (state.defaults or state.posonly or state.after_star):
                self.parenthesized_parameters(lambda_)
            elif tok[0] == NAME:
                param = self.parse_param(lambda_)
                default = None
                if self.tok[0] == "=":
                    self.advance()
                    default = self.parse_expr()
                state.plain(param, default)
            else:
                self.syntax_error()
            if self.tok[0] != ",":
                break
            self.advance()
        return state.finish(start, max(start, self.prev_end))

    def no_default(self, kind: str) -> None:
        if self.tok[0] == "=":
            self.syntax_error(f"{kind} argument cannot have default value")

    def parenthesized_parameters(self, lambda_: bool) -> None:
        """CPython's error for ``def f((a, b))``, a Python 2 form: names in parentheses."""
        tokens = self.tokens
        k = self.pos + 1
        while tokens[k][0] == NAME:
            k += 1
            if tokens[k][0] != ",":
                break
            k += 1
        if tokens[k][0] == ")" and k > self.pos + 1 and tokens[k - 1][0] in (NAME, ","):
            what = "Lambda expression" if lambda_ else "Function"
            raise CompileError(f"{what} parameters cannot be parenthesized", self.tok[2], tokens[k][3])
        if self.stop is not None and tokens[k][2] >= self.stop:
            self.reset(k)  # CPython read up to where lexing stopped
        self.syntax_error()

    def parse_param(self, lambda_: bool):
        tok = self.tok
        if tok[0] != NAME:
            self.syntax_error()
        self.advance()
        annotation = None
        if self.tok[0] == ":" and not lambda_:
            self.advance()
            if self.tok[0] == "*":
                star = self.advance()
                value = self.parse_expr()
                annotation = n.Starred(value, star[2], value.end)
            else:
                annotation = self.parse_expr()
        return n.arg(tok[1], annotation, tok[2], self.prev_end)


class _Params:
    """Accumulates one parameter list and checks its shape as CPython does."""

    def __init__(self, late) -> None:
        self.late = late
        self.posonly: list = []
        self.args: list = []
        self.defaults: list = []
        self.vararg = None
        self.kwonly: list = []
        self.kw_defaults: list = []
        self.kwarg = None
        self.after_star = False
        self.bare = None
        self.names: set[str] = set()

    def fail(self, message: str, node_or_tok) -> None:
        if isinstance(node_or_tok, tuple):
            raise CompileError(message, node_or_tok[2], node_or_tok[3])
        raise CompileError(message, node_or_tok.start, node_or_tok.end)

    def name(self, param) -> None:
        if param.arg in self.names:
            self.late(f"duplicate argument '{param.arg}' in function definition", param.start,
                      param.end, phase=0)
        self.names.add(param.arg)

    def slash(self, tok, comma: bool) -> None:
        if self.kwarg is not None:
            self.fail("arguments cannot follow var-keyword argument", tok)
        if self.after_star:
            self.fail("/ must be ahead of *", tok)
        if self.posonly:
            self.fail("/ may appear only once", tok)
        if not self.args:
            self.fail("at least one argument must precede /" if comma else "invalid syntax", tok)
        self.posonly, self.args = self.args, []

    def bare_star(self, tok) -> None:
        self.check_star(tok)
        self.after_star = True
        self.bare = tok

    def star(self, param, tok) -> None:
        self.check_star(tok)
        self.name(param)
        self.after_star = True
        self.vararg = param

    def check_star(self, tok) -> None:
        if self.kwarg is not None:
            self.fail("arguments cannot follow var-keyword argument", tok)
        if self.after_star:
            self.fail("* argument may appear only once", tok)

    def double_star(self, param, tok) -> None:
        if self.kwarg is not None:
            self.fail("arguments cannot follow var-keyword argument", tok)
        if self.bare is not None and not self.kwonly:
            self.fail("named arguments must follow bare *", self.bare)
        self.name(param)
        self.kwarg = param

    def plain(self, param, default) -> None:
        if self.kwarg is not None:
            self.fail("arguments cannot follow var-keyword argument", param)
        self.name(param)
        if self.after_star:
            self.kwonly.append(param)
            self.kw_defaults.append(default)
            return
        if default is None and (self.defaults or (self.posonly and self.defaults)):
            self.fail("parameter without a default follows parameter with a default", param)
        self.args.append(param)
        if default is not None:
            self.defaults.append(default)

    def finish(self, start: int, end: int):
        """The parameters, spanning from the first to the last (empty at ``start`` if none)."""
        if self.bare is not None and not self.kwonly:
            self.fail("named arguments must follow bare *", self.bare)
        return n.arguments(self.posonly, self.args, self.vararg, self.kwonly, self.kw_defaults,
                           self.kwarg, self.defaults, start, end)


def _invalid_target(node, kind: str):
    """CPython's _PyPegen_get_invalid_target: the first part of ``node`` that cannot be a target."""
    node_kind = type(node)
    if node_kind is n.List or node_kind is n.Tuple:
        for elt in node.elts:
            bad = _invalid_target(elt, kind)
            if bad is not None:
                return bad
        return None
    if node_kind is n.Starred:
        return node if kind == "delete" else _invalid_target(node.value, kind)
    if node_kind is n.Compare and kind == "for":  # 'a in b' of 'for a in b' reads as a comparison
        return _invalid_target(node.left, kind) if node.ops[0] == "In" else None
    if node_kind in (n.Name, n.Subscript, n.Attribute):
        return None
    return node

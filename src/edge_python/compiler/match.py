"""``match`` statements -> calls of the runtime matcher, with CPython's compile-time checks.

Each case becomes ``$m = $match($s, SPEC, N)`` followed by unpacking the N captured values into
the pattern's names, the guard, and the body; a ``$done`` flag skips later cases. ``SPEC`` is a
tuple mirroring the pattern (see ``runtime/match.py``), built from constants and the lowered
value and class expressions. The checks CPython's compiler makes (unreachable patterns, names
bound twice, or-patterns binding different names) are made here, with its messages.
"""

from __future__ import annotations

import ast

from ..syntax import nodes as n
from ..syntax.diagnostics import CompileError
from .guards import LOAD, STORE, call, const, name
from .locations import mk


class MatchLowerer:
    def lower_Match(self, node):
        loc = self.loc(node)
        subject, done = self.temp(), self.temp()
        out = [mk(ast.Assign, loc, [name(subject, loc, STORE)], self.expr(node.subject)),
               mk(ast.Assign, loc, [name(done, loc, STORE)], const(False, loc))]
        for index, case in enumerate(node.cases):
            if index < len(node.cases) - 1 and case.guard is None:
                _check_reachable(case.pattern)
            statements = self.lower_case(case, name(subject, loc), done)
            if index:
                test = mk(ast.UnaryOp, loc, ast.Not(), name(done, loc))
                statements = [mk(ast.If, self.loc(case), test, statements, [])]
            out.extend(statements)
        return out

    def lower_case(self, case, subject, done: str) -> list:
        loc = self.loc(case)
        slots: dict[str, int] = {}
        spec = self.pattern(case.pattern, slots, set())
        inline = self.inline(case.pattern, subject)
        if inline is not None:
            return self.inline_case(case, inline, done, loc)
        result = self.temp()
        matched = call("$match", loc, subject, spec, const(len(slots), loc))
        body = []
        if slots:
            names = sorted(slots, key=slots.get)
            if len(names) == 1:
                target = mk(ast.Tuple, loc, [name(names[0], loc, STORE)], STORE)
            else:
                target = mk(ast.Tuple, loc, [name(x, loc, STORE) for x in names], STORE)
            body.append(mk(ast.Assign, loc, [target], name(result, loc)))
        body += self.guarded_body(case, done, loc)
        found = mk(ast.Compare, loc, name(result, loc), [ast.IsNot()], [const(None, loc)])
        return [mk(ast.Assign, loc, [name(result, loc, STORE)], matched),
                mk(ast.If, loc, found, body, [])]

    def guarded_body(self, case, done: str, loc) -> list:
        """Once the pattern matched: the guard, then ``done = True`` and the case's body."""
        taken = [mk(ast.Assign, loc, [name(done, loc, STORE)], const(True, loc))]
        taken += self.body(case.body, loc)
        if case.guard is not None:
            return [mk(ast.If, loc, self.expr(case.guard), taken, [])]
        return taken

    def inline_case(self, case, inline, done: str, loc) -> list:
        test, bindings = inline
        body = [mk(ast.Assign, loc, [name(ident, loc, STORE)], value) for ident, value in bindings]
        body += self.guarded_body(case, done, loc)
        if test is None:
            return body
        return [mk(ast.If, loc, test, body, [])]

    # -- simple patterns, matched inline ------------------------------------------------------------
    def inline(self, node, subject):
        """(test or None for always, [(name, value)]) for patterns simple enough to inline."""
        loc = self.loc(node)
        kind = type(node)
        if kind is n.MatchValue:
            return mk(ast.Compare, loc, subject, [ast.Eq()], [self.expr(node.value)]), []
        if kind is n.MatchSingleton:
            return mk(ast.Compare, loc, subject, [ast.Is()], [const(node.value, loc)]), []
        if kind is n.MatchAs:
            if node.pattern is None:
                return None, ([] if node.name is None else [(node.name, subject)])
            inner = self.inline(node.pattern, subject)
            if inner is None:
                return None
            return inner[0], inner[1] + [(node.name, subject)]
        if kind is n.MatchOr:
            options = [self.inline(p, subject) for p in node.patterns]
            if any(o is None or o[1] or o[0] is None for o in options):
                return None
            return mk(ast.BoolOp, loc, ast.Or(), [o[0] for o in options]), []
        if kind is n.MatchSequence:
            return self.inline_sequence(node, subject, loc)
        return None

    def inline_sequence(self, node, subject, loc):
        items = node.patterns
        stars = [i for i, p in enumerate(items) if type(p) is n.MatchStar]
        size = len(items) - len(stars)
        length = call("$len", loc, subject)
        is_seq = mk(ast.BoolOp, loc, ast.Or(), [
            mk(ast.Compare, loc, call("$type", loc, subject), [ast.In()], [name("$SEQ", loc)]),
            call("$isseq", loc, subject)])
        compare = ast.GtE() if stars else ast.Eq()
        tests = [is_seq, mk(ast.Compare, loc, length, [compare], [const(size, loc)])]
        bindings = []
        after = len(items) - stars[0] - 1 if stars else 0
        for index, item in enumerate(items):
            if type(item) is n.MatchStar:
                if item.name is not None:
                    upper = const(-after, loc) if after else None
                    part = mk(ast.Subscript, loc, subject,
                              mk(ast.Slice, loc, const(index, loc), upper, None), LOAD)
                    bindings.append((item.name, mk(ast.List, loc,
                                                   [mk(ast.Starred, loc, part, LOAD)], LOAD)))
                continue
            position = index if not stars or index < stars[0] else index - len(items)
            element = mk(ast.Subscript, loc, subject, const(position, loc), LOAD)
            inner = self.inline(item, element)
            if inner is None:
                return None
            if inner[0] is not None:
                tests.append(inner[0])
            bindings.extend(inner[1])
        return mk(ast.BoolOp, loc, ast.And(), tests), bindings

    # -- patterns -> spec tuples --------------------------------------------------------------------
    def pattern(self, node, slots: dict, here: set):
        loc = self.loc(node)
        kind = type(node)
        if kind is n.MatchAs:
            if node.pattern is None and node.name is None:
                return _tuple(loc, const("any", loc))
            slot = self.slot(node.name, node, slots, here)
            if node.pattern is None:
                return _tuple(loc, const("capture", loc), const(slot, loc))
            inner = self.pattern(node.pattern, slots, here)
            return _tuple(loc, const("as", loc), inner, const(slot, loc))
        if kind is n.MatchValue:
            return _tuple(loc, const("value", loc), self.expr(node.value))
        if kind is n.MatchSingleton:
            return _tuple(loc, const("is", loc), const(node.value, loc))
        if kind is n.MatchOr:
            return self.or_pattern(node, slots, here, loc)
        if kind is n.MatchSequence:
            return self.sequence(node, slots, here, loc)
        if kind is n.MatchMapping:
            keys = [self.expr(k) for k in node.keys]
            specs = [self.pattern(p, slots, here) for p in node.patterns]
            rest = const(None, loc) if node.rest is None else \
                const(self.slot(node.rest, node, slots, here), loc)
            return _tuple(loc, const("map", loc), _tuple(loc, *keys), _tuple(loc, *specs), rest)
        return self.class_pattern(node, slots, here, loc)

    def slot(self, ident: str, node, slots: dict, here: set) -> int:
        if ident in here:
            raise CompileError(f"multiple assignments to name '{ident}' in pattern",
                               node.start, node.end)
        here.add(ident)
        if ident not in slots:
            slots[ident] = len(slots)
        return slots[ident]

    def or_pattern(self, node, slots, here, loc):
        options = []
        bound = None
        for index, option in enumerate(node.patterns):
            if index < len(node.patterns) - 1:
                _check_reachable(option)
            names: set = set()
            options.append(self.pattern(option, slots, names))
            if bound is None:
                bound = names
            elif names != bound:
                raise CompileError("alternative patterns bind different names", node.start, node.end)
        for ident in bound or ():
            if ident in here:
                raise CompileError(f"multiple assignments to name '{ident}' in pattern",
                                   node.start, node.end)
            here.add(ident)
        return _tuple(loc, const("or", loc), _tuple(loc, *options))

    def sequence(self, node, slots, here, loc):
        items = []
        star = -1
        for index, item in enumerate(node.patterns):
            if type(item) is n.MatchStar:
                if star >= 0:
                    raise CompileError("multiple starred names in sequence pattern",
                                       item.start, item.end)
                star = index
                slot = None if item.name is None else self.slot(item.name, item, slots, here)
                items.append(_tuple(loc, const("star", loc), const(slot, loc)))
            else:
                items.append(self.pattern(item, slots, here))
        return _tuple(loc, const("seq", loc), _tuple(loc, *items), const(star, loc))

    def class_pattern(self, node, slots, here, loc):
        cls = self.expr(node.cls)
        positional = [self.pattern(p, slots, here) for p in node.patterns]
        keywords = [self.pattern(p, slots, here) for p in node.kwd_patterns]
        names = [const(a, loc) for a in node.kwd_attrs]
        return _tuple(loc, const("class", loc), cls, _tuple(loc, *positional), _tuple(loc, *names),
                      _tuple(loc, *keywords))


def _tuple(loc, *items):
    return mk(ast.Tuple, loc, list(items), LOAD)


def _check_reachable(pattern) -> None:
    """An irrefutable pattern must come last (CPython's wording)."""
    kind = type(pattern)
    if kind is n.MatchAs and pattern.pattern is None:
        if pattern.name is None:
            raise CompileError("wildcard makes remaining patterns unreachable",
                               pattern.start, pattern.end)
        raise CompileError(f"name capture '{pattern.name}' makes remaining patterns unreachable",
                           pattern.start, pattern.end)
    if kind is n.MatchAs:
        _check_reachable(pattern.pattern)
    elif kind is n.MatchOr:
        for option in pattern.patterns:
            _check_reachable(option)

"""Why a number literal is malformed, in CPython's words and at CPython's column.

The lexer scans numbers with a regex; only when that sees a fault does it walk the literal again
here, character by character, the way CPython's tokenizer does, to report the same error.
"""

from __future__ import annotations

import re

KEYWORD_AFTER_NUMBER = re.compile(r"and|else|for|i[fns]|not|or")  # keywords that may touch a number
_DIGITS = "0123456789"
_RADIX = {"x": ("hexadecimal", "0123456789abcdefABCDEF"), "o": ("octal", "01234567"),
          "b": ("binary", "01")}


def number_error(text: str, i: int) -> tuple[str, int, int] | None:
    """The error CPython's tokenizer finds in the number at ``i``, walking it the same way.

    Returns ``(message, start, end)``, where ``start`` is the last character CPython read (its
    reported column), or None. Only called once the fast regex path has seen a fault.
    """
    try:
        _NumberWalk(text, i).run()
    except _NumberFault as fault:
        return fault.args[0]
    return None


class _NumberFault(Exception):
    pass


class _NumberWalk:
    """CPython's number tokenizer (``tok_get_normal_mode``), one character at a time."""

    def __init__(self, text: str, i: int) -> None:
        self.text, self.start, self.cur = text, i, i

    def nextc(self) -> str:
        self.cur += 1
        text = self.text
        return text[self.cur - 1] if self.cur <= len(text) else "\n"  # a final newline, as CPython

    def fault(self, message: str, back: bool = True):
        pos = self.cur - 1 if back else self.cur  # back: CPython backs up over the character read
        raise _NumberFault((message, pos - 1, pos))

    def verify(self, c: str, kind: str) -> None:
        """CPython's verify_end_of_number: a letter may touch a number only if a keyword starts."""
        if KEYWORD_AFTER_NUMBER.match(c + self.text[self.cur:self.cur + 3]):
            return
        if c.isascii() and (c.isalnum() or c == "_"):
            self.fault(f"invalid {kind} literal")

    def decimal_tail(self) -> str:
        while True:
            c = self.nextc()
            while c in _DIGITS:
                c = self.nextc()
            if c != "_":
                return c
            if self.nextc() not in _DIGITS:
                self.fault("invalid decimal literal")

    def run(self) -> None:
        c = self.nextc()
        if c == ".":
            c = self.nextc()
        elif c == "0":
            c = self.nextc()
            if c.lower() in _RADIX:
                self.radix(*_RADIX[c.lower()])
                return
            c = self.zeros(c)
            if c is None:
                return
        else:
            c = self.decimal_tail()
            if c == ".":
                c = self.nextc()
        if c in _DIGITS:  # a fraction
            c = self.decimal_tail()
        if c in "eE":
            e, c = c, self.nextc()
            if c in "+-":
                c = self.nextc()
                if c not in _DIGITS:
                    self.fault("invalid decimal literal")
            elif c not in _DIGITS:
                self.cur -= 1
                self.verify(e, "decimal")
                return
            c = self.decimal_tail()
        if c in "jJ":
            self.verify(self.nextc(), "imaginary")
        else:
            self.verify(c, "decimal")

    def radix(self, kind: str, digits: str) -> None:
        c = self.nextc()
        while True:
            if c == "_":
                c = self.nextc()
            if c not in digits:
                if c in _DIGITS:
                    self.fault(f"invalid digit '{c}' in {kind} literal", back=False)
                self.fault(f"invalid {kind} literal")
            c = self.nextc()
            while c in digits:
                c = self.nextc()
            if c != "_":
                break
        if c in _DIGITS:
            self.fault(f"invalid digit '{c}' in {kind} literal", back=False)
        self.verify(c, kind)

    def zeros(self, c: str) -> str | None:
        """After a leading 0: more zeros, maybe digits; the character after them, or None."""
        while True:
            if c == "_":
                c = self.nextc()
                if c not in _DIGITS:
                    self.fault("invalid decimal literal")
            if c != "0":
                break
            c = self.nextc()
        nonzero = c in _DIGITS
        if nonzero:
            c = self.decimal_tail()
        if c == ".":
            return self.nextc()
        if c in "eEjJ":
            return c
        if nonzero:
            raise _NumberFault(("leading zeros in decimal integer literals are not permitted; "
                                "use an 0o prefix for octal integers", self.start, self.cur - 1))
        self.verify(c, "decimal")
        return None

"""Escape attempts against the sandbox: hostile programs, and what "nothing was reached" means for each.

Every attack is a program that prints ``ESCAPED ...`` on the path where it obtained something it must
not have (a frame, a code object, a function's globals, a real host class, a canary), and otherwise
prints what stopped it. ``test_escapes.py`` runs each one with canaries planted (an environment
variable and a file, whose tokens must never come back), and also checks what no attack may cause:
``run`` raising, host modules imported, host addresses or internal names in the output, program code
running after ``run`` returned (finalizers), stray threads, and effects on a later run.

``@CANARY_FILE@`` and ``@CANARY_ENV@`` in a source are replaced by the canary file's path and the
environment variable's name before the program runs.
"""


from . import part1_reach, part2_objects, part3_host  # noqa: F401 - each adds its attacks, in order
from .kit import ATTACKS, Attack, count_by_kind

__all__ = ["ATTACKS", "Attack", "count_by_kind"]

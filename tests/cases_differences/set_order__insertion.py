"""Sets iterate in insertion order.

Why: CPython orders sets by hash, and str hashes change with PYTHONHASHSEED, so a program that
prints a set would print differently in every process. Edge Python promises one output.
Workaround: none needed; use sorted(s) for CPython-identical output.
"""
s = {3, 1, 2}
s.add(0)
print(s, list(s), {"b", "a"})

"""type() does not create classes.

Why: a class built from a dict of attributes bypasses the checks a class statement gets.
Workaround: write a class statement.
"""
try:
    type("X", (), {})
except TypeError as e:
    print(e)

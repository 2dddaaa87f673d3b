# TypeErrors for bad calls, caught and printed.

def f(a, b, c=3):
    return a + b + c

def g(x, /, y, *, z):
    return x, y, z

def attempt(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "->", e)

# === Missing arguments ===
attempt("f(1)", lambda: f(1))
attempt("f()", lambda: f())
attempt("g(1, 2)", lambda: g(1, 2))

# === Too many positional ===
attempt("f(1,2,3,4)", lambda: f(1, 2, 3, 4))
attempt("g(1,2,3)", lambda: g(1, 2, 3))

# === Unexpected / duplicate keywords ===
attempt("f(1, 2, q=1)", lambda: f(1, 2, q=1))
attempt("f(1, a=1, b=2)", lambda: f(1, a=1, b=2))

# === Positional-only passed by keyword ===
attempt("g(x=1, y=2, z=3)", lambda: g(x=1, y=2, z=3))

# === Calling non-callables ===
five, text = 5, "abc"
attempt("five()", lambda: five())
attempt("text()", lambda: text())

# === Method calls count self ===
class C:
    def m(self, a):
        return a

attempt("C().m()", lambda: C().m())
attempt("C().m(1, 2)", lambda: C().m(1, 2))
attempt("C.m(1)", lambda: C.m(1))

# === Successful calls for comparison ===
attempt("f(1, 2)", lambda: f(1, 2))
attempt("g(1, y=2, z=3)", lambda: g(1, y=2, z=3))

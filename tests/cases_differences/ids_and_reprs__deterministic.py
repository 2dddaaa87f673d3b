"""id() is a per-run counter and default reprs show it, never a host address.

Why: addresses differ between processes and leak information about the host.
Workaround: none needed.
"""
class C:
    pass
a, b = C(), C()
print(id(a), id(b), id(a))
print(a)
def f():
    pass
print(f)

# An exception in the body passes through a non-suppressing __exit__.
class Logger:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit with", exc_type.__name__ if exc_type else None)
        return False

with Logger():
    print("working")
    items = {}
    items["missing"]  ### KeyError: 'missing'
---
# An exception raised in __enter__ skips the body and __exit__.
class Locked:
    def __enter__(self):
        raise PermissionError("resource is locked")  ### PermissionError: resource is locked

    def __exit__(self, *exc):
        print("never printed")

print("trying")
with Locked():
    print("never printed either")
---
# An exception raised in __exit__ replaces the body's exception.
class Faulty:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("body raised", exc_type.__name__)
        raise RuntimeError("cleanup failed")  ### RuntimeError: cleanup failed

with Faulty():
    1 / 0
---
# Suppression only covers the listed types.
class Ignore:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None and issubclass(exc_type, self.types)

with Ignore(KeyError):
    {}["x"]
print("KeyError suppressed")
with Ignore(KeyError):
    [][0]  ### IndexError: list index out of range

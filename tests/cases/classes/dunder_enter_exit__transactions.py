# __enter__/__exit__ implementing a transaction with rollback.

class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        print("begin", self.snapshot)
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("commit", self.store)
            return False
        self.store.clear()
        self.store.update(self.snapshot)
        print(f"rollback after {exc_type.__name__}: {exc}")
        return issubclass(exc_type, ValueError)

db = {"alice": 100, "bob": 50}

# === Successful transaction commits ===
with Transaction(db) as s:
    s["alice"] -= 30
    s["bob"] += 30

# === ValueError rolls back and is suppressed ===
with Transaction(db) as s:
    s["alice"] -= 500
    if s["alice"] < 0:
        raise ValueError("insufficient funds")
print("after suppressed error:", db)

# === Other errors roll back and propagate ===
try:
    with Transaction(db) as s:
        s["carol"] = 1
        s["dave"]
except KeyError as e:
    print("propagated KeyError", e)
print("final:", db)

# === __exit__ receives exception details ===
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit args:", exc_type, repr(exc))
        return True

with Inspect():
    pass
with Inspect():
    raise IndexError("idx")

# Exception hierarchies and isinstance checks.

class StorageError(Exception): pass
class DiskError(StorageError): pass
class DiskFullError(DiskError): pass
class NetworkError(StorageError): pass
class TimeoutError_(NetworkError, TimeoutError): pass

errors = [DiskFullError("full"), DiskError("bad sector"), NetworkError("down"),
          TimeoutError_("slow"), StorageError("generic"), ValueError("unrelated")]

# === isinstance across the hierarchy ===
for e in errors:
    print(f"{type(e).__name__:14}", [isinstance(e, c) for c in (StorageError, DiskError, NetworkError, OSError)])

# === First matching except clause wins ===
def classify(exc):
    try:
        raise exc
    except DiskFullError:
        return "free some space"
    except DiskError:
        return "replace disk"
    except TimeoutError:
        return "retry later"
    except StorageError:
        return "storage problem"
    except Exception:
        return "unknown"

print([classify(e) for e in errors])

# === MRO of the multiply-inheriting exception ===
print([c.__name__ for c in TimeoutError_.__mro__])

# === Catching with a tuple built at runtime ===
retryable = (NetworkError, TimeoutError)
for e in errors:
    try:
        raise e
    except retryable:
        print("retry", e)
    except BaseException:
        pass

# === Builtin hierarchy facts ===
print(issubclass(TimeoutError, OSError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(RecursionError, RuntimeError), issubclass(UnicodeDecodeError, ValueError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(IndentationError, SyntaxError))
print(issubclass(bool, int), isinstance(ValueError, type), isinstance(ValueError(), type))

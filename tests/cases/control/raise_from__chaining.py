# Exception chaining: raise ... from ..., implicit context, from None.

class ConfigError(Exception):
    pass

def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad value {text!r}") from e

# === Explicit cause ===
try:
    load("abc")
except ConfigError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__, e.__context__ is e.__cause__)

# === Implicit context ===
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

# === from None suppresses context ===
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no {k}") from None

try:
    lookup({}, "x")
except LookupError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

# === Chain walking ===
def outer():
    try:
        load("1.5")
    except ConfigError as e:
        raise SystemError("startup failed") from e

try:
    outer()
except SystemError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}: {cur}")
        cur = cur.__cause__ or cur.__context__
    print(" <- ".join(chain))

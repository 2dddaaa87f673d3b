# Re-raising exceptions and translating them.

# === Bare raise re-raises the current exception ===
def parse_all(items):
    out = []
    for item in items:
        try:
            out.append(int(item))
        except ValueError:
            print("logging bad item", repr(item))
            raise
    return out

try:
    parse_all(["1", "2", "x", "4"])
except ValueError as e:
    print("caller saw:", e)

# === Raising an exception class vs instance ===
for exc in (KeyError, KeyError("k"), StopIteration):
    try:
        raise exc
    except Exception as e:
        print(type(e).__name__, repr(e), e.args)

# === Raising with attributes attached ===
class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__(f"{status} {reason}")
        self.status = status
        self.reason = reason

def fetch(path):
    if path.startswith("/admin"):
        raise HttpError(403, "Forbidden")
    if path == "/missing":
        raise HttpError(404, "Not Found")
    return "200 OK"

for p in ["/", "/admin/x", "/missing"]:
    try:
        print(p, fetch(p))
    except HttpError as e:
        print(p, "error", e.status, e.reason, str(e))

# === Re-raise after cleanup, outer handler sees original ===
def with_cleanup():
    resource = ["open"]
    try:
        raise OSError("disk full")
    except OSError:
        resource[0] = "closed"
        raise
    finally:
        print("resource", resource[0])

try:
    with_cleanup()
except OSError as e:
    print("outer:", e)

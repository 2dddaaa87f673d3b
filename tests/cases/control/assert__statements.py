# assert statements (caught here; uncaught ones live in errors/).

def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n * 2

# === Passing assertions do nothing ===
print(check_positive(5))
assert True
assert [1], "non-empty list is truthy"

# === Failing assertion with message ===
try:
    check_positive(-3)
except AssertionError as e:
    print("AssertionError:", e, e.args)

# === Failing assertion without message ===
try:
    assert 1 == 2
except AssertionError as e:
    print("no message:", repr(str(e)), e.args)

# === Message expression only evaluated on failure ===
calls = []
def msg():
    calls.append(1)
    return "msg"

assert 1 < 2, msg()
print("calls after passing assert:", calls)
try:
    assert 2 < 1, msg()
except AssertionError as e:
    print(e, calls)

# === Non-string messages ===
try:
    assert False, {"code": 42}
except AssertionError as e:
    print(e.args[0]["code"])

# === Invariant checks in a loop ===
def running_max(values):
    best = values[0]
    out = []
    for v in values:
        best = max(best, v)
        assert best >= v
        out.append(best)
    return out

print(running_max([3, 1, 4, 1, 5, 9, 2, 6]))

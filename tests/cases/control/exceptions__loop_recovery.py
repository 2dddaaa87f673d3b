# Recovering from errors inside loops.

records = ["10", "20", "abc", "", "40", "5.5", "-3", None, "7"]

# === Skip bad records and keep going ===
good, bad = [], []
for i, rec in enumerate(records):
    try:
        value = int(rec)
        if value < 0:
            raise ValueError(f"negative: {value}")
    except ValueError as e:
        bad.append((i, str(e)))
        continue
    except TypeError as e:
        bad.append((i, type(e).__name__))
        continue
    good.append(value)
print(good)
for item in bad:
    print(item)

# === Retry loop ===
attempts = {"count": 0}
def flaky():
    attempts["count"] += 1
    if attempts["count"] < 3:
        raise ConnectionError(f"attempt {attempts['count']} failed")
    return "connected"

for attempt in range(5):
    try:
        result = flaky()
    except ConnectionError as e:
        print("retrying after:", e)
    else:
        print(result, "after", attempt + 1, "attempts")
        break
else:
    print("gave up")

# === Errors in a generator stop it ===
def parse_all(items):
    for it in items:
        yield int(it)

out = []
try:
    for v in parse_all(["1", "2", "x", "4"]):
        out.append(v)
except ValueError:
    print("stopped at bad value, got", out)

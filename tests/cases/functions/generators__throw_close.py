# generator.throw() and generator.close().

def worker():
    count = 0
    try:
        while True:
            try:
                item = yield count
                count += 1
                print("processed", item)
            except ValueError as e:
                print("recovered from", e)
                yield "after-error"
    finally:
        print("worker cleanup, count =", count)

# === throw() raises inside at the paused yield ===
w = worker()
next(w)
w.send("a")
print(w.throw(ValueError("bad item")))
print(w.send("b"))
print(w.send("c"))

# === close() raises GeneratorExit; finally runs ===
w.close()
print("closed")
try:
    next(w)
except StopIteration:
    print("closed generator is exhausted")

# === Uncaught thrown exception propagates to caller ===
def simple():
    yield 1
    yield 2

s = simple()
next(s)
try:
    s.throw(KeyError("boom"))
except KeyError as e:
    print("propagated", e)
print(next(s, "exhausted"))

# === Ignoring GeneratorExit is an error ===
def stubborn():
    while True:
        try:
            yield
        except GeneratorExit:
            yield "refuse"

st = stubborn()
next(st)
try:
    st.close()
except RuntimeError as e:
    print("RuntimeError:", e)

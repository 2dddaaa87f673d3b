# Sending values into generators.

def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count

# === Prime with next(), then send ===
avg = averager()
print(next(avg))
for v in [10, 20, 30, 5]:
    print("sent", v, "->", avg.send(v))

# === Sending None ends the loop; return value on StopIteration ===
try:
    avg.send(None)
except StopIteration as e:
    print("returned", e.value)

# === Sending to an unstarted generator fails ===
g = averager()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)

# === send(None) is the same as next() ===
def echo():
    received = []
    while True:
        x = yield len(received)
        received.append(x)
        if len(received) == 3:
            return received

e = echo()
print(e.send(None), e.send("a"), next(e))
try:
    e.send("c")
except StopIteration as stop:
    print("echo returned", stop.value)

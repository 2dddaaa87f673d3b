# return / break / continue inside finally.

# === return in finally overrides the try return ===
def override():
    try:
        return "try"
    finally:
        return "finally"

print(override())

# === return in finally swallows the exception ===
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

print(swallow())

# === The return value is computed before finally runs ===
def computed():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x changed to", x)

print(computed())

# === break in finally stops propagation ===
def break_in_finally():
    for i in range(3):
        try:
            raise RuntimeError(i)
        finally:
            break
    return i

print(break_in_finally())

# === continue in finally ===
def continue_in_finally():
    done = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            done.append(i)
        finally:
            continue
    return done

print(continue_in_finally())

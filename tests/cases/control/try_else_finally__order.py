# Execution order of try / except / else / finally.

def run(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError("boom")
        log.append("try-end")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log

# === Success and failure paths ===
print(run(False))
print(run(True))

# === finally runs when returning from try ===
def returns_in_try():
    try:
        return "from try"
    finally:
        print("finally before return")

print(returns_in_try())

# === finally runs when exception propagates ===
def propagates():
    try:
        raise KeyError("x")
    finally:
        print("cleanup runs")

try:
    propagates()
except KeyError as e:
    print("outer caught", e)

# === Exception in else is not caught by the same try's except ===
try:
    try:
        pass
    except ZeroDivisionError:
        print("inner except")
    else:
        1 / 0
except ZeroDivisionError:
    print("raised in else, caught outside")

# Exceptions raised inside except and finally blocks.

# === Raising in the handler sets __context__ ===
def convert(text):
    try:
        return int(text)
    except ValueError:
        return float(text)

print(convert("3"), convert("2.5"))
try:
    convert("bad")
except ValueError as e:
    print("final error:", e)
    print("context:", e.__context__)

# === finally exception replaces the original ===
def finally_raises():
    try:
        raise KeyError("original")
    finally:
        raise RuntimeError("from finally")

try:
    finally_raises()
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))

# === Handler catches, then another handler in outer scope ===
def layered(value):
    try:
        try:
            return 10 / value
        except ZeroDivisionError:
            raise ValueError("value must be non-zero")
    except ValueError as e:
        return f"handled: {e}"

print(layered(2), "|", layered(0))

# === Exceptions are regular objects ===
errors = []
for v in [1, 0, "x"]:
    try:
        10 / v
    except Exception as e:
        errors.append(e)
print([type(e).__name__ for e in errors])
print([str(e) for e in errors])

# === isinstance checks on caught exceptions ===
for e in errors:
    print(isinstance(e, ArithmeticError), isinstance(e, TypeError))

# Matching exceptions with except clauses.

def risky(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][0]
    if kind == "type":
        return "a" + 1
    if kind == "value":
        return int("nope")
    if kind == "custom":
        raise RuntimeError("custom failure")
    return "ok"

# === Specific clauses in order ===
for kind in ["zero", "key", "index", "type", "value", "custom", "none"]:
    try:
        result = risky(kind)
    except ZeroDivisionError:
        result = "caught zero"
    except (KeyError, IndexError) as e:
        result = f"lookup {type(e).__name__}"
    except (TypeError, ValueError) as e:
        result = f"bad data: {e}"
    except Exception as e:
        result = f"other {type(e).__name__}: {e}"
    print(kind, "->", result)

# === Base class catches subclasses ===
try:
    [1][5]
except LookupError as e:
    print("LookupError caught", type(e).__name__)

try:
    int("x")
except ArithmeticError:
    print("wrong")
except ValueError:
    print("ValueError matched")

# === The exception variable is cleared after the block ===
try:
    raise KeyError("k")
except KeyError as err:
    saved = err
try:
    err
except NameError:
    print("err is unbound after except")
print(repr(saved), saved.args)

# === Exception args ===
e = ValueError("a", 2)
print(e.args, str(e), repr(ValueError("x")), str(ValueError()))


# Handlers without a name still see exceptions raised while handling another (chained ones).
def chained(n):
    try:
        try:
            raise KeyError(n)
        except KeyError:
            raise ValueError("from handler")
    except ValueError as error:
        return type(error.__context__).__name__, str(error)


print(chained(1), [chained(i)[0] for i in range(3)])

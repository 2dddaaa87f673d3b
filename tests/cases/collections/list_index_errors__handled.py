# Errors raised by list operations, caught and reported.

items = [10, 20, 30]

def attempt(label, fn):
    try:
        print(label, "->", fn())
    except (IndexError, ValueError, TypeError, KeyError) as e:
        print(label, "->", type(e).__name__, e)

# === IndexError cases ===
attempt("items[3]", lambda: items[3])
attempt("items[-4]", lambda: items[-4])
attempt("items[-3]", lambda: items[-3])
attempt("[].pop()", lambda: [].pop())
attempt("items.pop(10)", lambda: items.pop(10))
attempt("tuple index", lambda: (1, 2)[2])
attempt("str index", lambda: "ab"[5])

# === Slices never raise ===
attempt("items[5:10]", lambda: items[5:10])
attempt("items[-10:1]", lambda: items[-10:1])

# === ValueError cases ===
attempt("index(99)", lambda: items.index(99))
attempt("remove(99)", lambda: items.remove(99))
attempt("tuple.index", lambda: (1, 2).index(3))

# === TypeError cases ===
attempt("items['0']", lambda: items["0"])
attempt("items[1.0]", lambda: items[1.5])
attempt("list + tuple", lambda: items + (1,))

# === KeyError ===
attempt("dict key", lambda: {"a": 1}["b"])
attempt("set remove", lambda: set().remove(1))

# === Safe accessors ===
def safe_get(seq, i, default=None):
    return seq[i] if -len(seq) <= i < len(seq) else default

print([safe_get(items, i, "-") for i in range(-4, 4)])

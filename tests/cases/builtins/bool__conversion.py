# bool() conversion rules.

# === Basic values ===
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(1e-300), bool(0j))
print(bool(""), bool(" "), bool("False"), bool("0"), bool(b""), bool(b"\x00"))
print(bool([]), bool([[]]), bool(()), bool((0,)), bool({}), bool({0: 0}), bool(set()), bool(range(0)))
print(bool(None), bool(float("nan")), bool(float("inf")))

# === bool is a subclass of int with two instances ===
print(type(bool(5)), bool(5) is True, bool(0) is False, isinstance(True, int))
print(True + 0, False * 10, int(bool("x")), str(bool(None)))

# === Custom truthiness ===
class Queue:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on

print(bool(Queue([])), bool(Queue([1])), bool(Flag(True)), bool(Flag(False)))

# === Parsing user strings to booleans ===
def parse_bool(text):
    t = text.strip().lower()
    if t in ("1", "true", "yes", "on"):
        return True
    if t in ("0", "false", "no", "off", ""):
        return False
    raise ValueError(f"not a boolean: {text!r}")

for s in ["yes", "No", " TRUE ", "0", "", "maybe"]:
    try:
        print(repr(s), parse_bool(s))
    except ValueError as e:
        print(repr(s), "error:", e)

# Mapping patterns with **rest.

def handle(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return f"click at ({x}, {y})"
        case {"type": "key", "key": "q" | "Q"}:
            return "quit key"
        case {"type": "key", "key": k, **mods} if mods:
            return f"key {k} with {sorted(mods)}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t, **rest}:
            return f"unhandled {t} extra={rest}"
        case {}:
            return "no type"
        case _:
            return "not a mapping"

events = [
    {"type": "click", "x": 3, "y": 4, "button": 1},
    {"type": "key", "key": "Q"},
    {"type": "key", "key": "a", "shift": True, "ctrl": False},
    {"type": "key", "key": "b"},
    {"type": "scroll", "dy": -3, "dx": 0},
    {"size": 3},
    ["type", "click"],
]

# === Dispatch ===
for e in events:
    print(handle(e))

# === Extra keys are ignored unless captured ===
match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1}:
        print("matched with extras ignored")

match {"a": 1, "b": 2, "c": 3}:
    case {"a": _, **rest}:
        print("rest", rest)

# === Nested mapping and sequence patterns ===
config = {"server": {"host": "localhost", "ports": [80, 443]}, "debug": True}
match config:
    case {"server": {"host": str(host), "ports": [first, *more]}, "debug": bool(dbg)}:
        print(host, first, more, dbg)

# === Works with dict subclasses and uses get semantics ===
class Defaults(dict):
    def __missing__(self, key):
        return "default"

match Defaults(a=1):
    case {"b": b}:
        print("b matched", b)
    case {"a": a}:
        print("a matched", a)

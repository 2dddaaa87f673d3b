# Value patterns use dotted names; bare names would capture.

class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

class Limits:
    MAX = 100
    MIN = 0

class Http:
    class Method:
        GET = "GET"
        POST = "POST"

# === Dotted names compare by equality ===
def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case Color.BLUE:
            return "calm"
        case _:
            return "unknown color"

for c in ["red", "green", "blue", "pink"]:
    print(c, paint(c))

# === Nested dotted names ===
def route(method, path):
    match (method, path):
        case (Http.Method.GET, "/"):
            return "index"
        case (Http.Method.GET, p):
            return f"get {p}"
        case (Http.Method.POST, p):
            return f"create at {p}"
        case _:
            return "405"

print(route("GET", "/"), route("GET", "/items"), route("POST", "/items"), route("PUT", "/"))

# === Values from class attributes of other types ===
def clamp_report(x):
    match x:
        case Limits.MAX:
            return "at max"
        case Limits.MIN:
            return "at min"
        case _:
            return "between" if Limits.MIN < x < Limits.MAX else "out of range"

print([clamp_report(v) for v in [0, 50, 100, 150, -1]])

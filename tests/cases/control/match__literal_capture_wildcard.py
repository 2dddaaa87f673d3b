# match with literal, capture and wildcard patterns.

def describe(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case True:
            return "true"
        case None:
            return "none"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case b"raw":
            return "bytes"
        case _:
            return f"other: {value!r}"

# === Literal matching ===
for v in [0, 1, 3, "hello", True, None, -1, 2.5, b"raw", "bye", 1.0, False, [], 4]:
    print(repr(v), "->", describe(v))

# === Capture pattern binds the subject ===
def echo(cmd):
    match cmd:
        case "quit":
            return "bye"
        case other:
            return f"unknown command {other}"

print(echo("quit"), "|", echo("jump"))

# === Capture variable remains bound after match ===
match 42:
    case n:
        pass
print("n =", n)

# === HTTP status buckets ===
def status(code):
    match code:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302:
            return "redirect"
        case 404:
            return "not found"
        case _ if 500 <= code < 600:
            return "server error"
        case _:
            return "unknown"

print([status(c) for c in [200, 204, 302, 404, 503, 418]])

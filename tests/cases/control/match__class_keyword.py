# Class patterns with keyword sub-patterns and builtin classes.

class User:
    def __init__(self, name, role, active=True):
        self.name = name
        self.role = role
        self.active = active

def access(user):
    match user:
        case User(active=False):
            return f"{user.name}: disabled"
        case User(role="admin", name=name):
            return f"{name}: full access"
        case User(role="editor" | "author" as role, name=name):
            return f"{name}: can write ({role})"
        case User(name=str(name)) if name.startswith("guest"):
            return f"{name}: read only"
        case User():
            return f"{user.name}: default access"

users = [User("ann", "admin"), User("bob", "editor"), User("cy", "author"),
         User("guest42", "viewer"), User("dee", "admin", active=False), User("eve", "viewer")]
for u in users:
    print(access(u))

# === Builtin classes match their instance as a whole with one positional ===
def typed(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str(s) if not s:
            return "empty string"
        case str(s):
            return f"str {s!r}"
        case list([x, *_]):
            return f"list starting {x}"
        case dict(d):
            return f"dict with {len(d)} keys"
        case tuple():
            return "tuple"
        case _:
            return "other"

for v in [True, -3, 7, 2.5, "", "hi", [9, 8], [], {"a": 1}, (1,), None]:
    print(repr(v), "->", typed(v))

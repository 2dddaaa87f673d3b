# Recursion over tree structures built from tuples and dicts.

# A binary search tree as nested lists: [value, left, right]
def insert(node, value):
    if node is None:
        return [value, None, None]
    if value < node[0]:
        node[1] = insert(node[1], value)
    else:
        node[2] = insert(node[2], value)
    return node

def inorder(node):
    return [] if node is None else inorder(node[1]) + [node[0]] + inorder(node[2])

def height(node):
    return 0 if node is None else 1 + max(height(node[1]), height(node[2]))

def contains(node, value):
    if node is None:
        return False
    if value == node[0]:
        return True
    return contains(node[1] if value < node[0] else node[2], value)

root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root = insert(root, v)

# === BST operations ===
print(inorder(root), height(root))
print([contains(root, v) for v in [35, 36, 80, 10]])

# === Expression tree evaluation ===
def evaluate(expr):
    if isinstance(expr, (int, float)):
        return expr
    op, left, right = expr
    a, b = evaluate(left), evaluate(right)
    return {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else None}[op]

def show(expr):
    if isinstance(expr, (int, float)):
        return str(expr)
    op, left, right = expr
    return f"({show(left)} {op} {show(right)})"

e = ("+", ("*", 3, 4), ("-", 10, ("/", 8, 2)))
print(show(e), "=", evaluate(e))

# === Directory size from nested dicts ===
fs = {"docs": {"a.txt": 120, "b.txt": 80}, "src": {"main.py": 300, "lib": {"x.py": 50}}, "README": 10}

def size(node):
    return node if isinstance(node, int) else sum(size(child) for child in node.values())

print(size(fs), {k: size(v) for k, v in fs.items()})

# Checking balanced brackets with a stack.

PAIRS = {")": "(", "]": "[", "}": "{"}

def check(s):
    stack = []
    for i, ch in enumerate(s):
        if ch in "([{":
            stack.append((ch, i))
        elif ch in PAIRS:
            if not stack:
                return f"unexpected {ch!r} at {i}"
            top, pos = stack.pop()
            if top != PAIRS[ch]:
                return f"mismatch {top!r}@{pos} vs {ch!r}@{i}"
    if stack:
        return f"unclosed {stack[-1][0]!r} at {stack[-1][1]}"
    return "ok"

# === Checks ===
for s in ["()", "([]{})", "(]", "((", "())", "", "{[()()]}", "a(b[c]d)e", "[(])"]:
    print(f"{s!r:12} {check(s)}")

# === Maximum nesting depth ===
def depth(s):
    d = best = 0
    for ch in s:
        if ch == "(":
            d += 1
            best = max(best, d)
        elif ch == ")":
            d -= 1
    return best

print([depth(s) for s in ["", "()", "(()())", "((()))()", "(a(b(c)d)e)"]])

# === Generate all balanced strings of n pairs ===
def generate(n, prefix="", opened=0, closed=0):
    if len(prefix) == 2 * n:
        return [prefix]
    out = []
    if opened < n:
        out += generate(n, prefix + "(", opened + 1, closed)
    if closed < opened:
        out += generate(n, prefix + ")", opened, closed + 1)
    return out

print(generate(3))
print([len(generate(k)) for k in range(6)])

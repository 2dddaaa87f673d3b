# Using lists as stacks and queues.

# === Stack: evaluate reverse Polish notation ===
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in "+-*/":
            b = stack.pop()
            a = stack.pop()
            if tok == "+":
                stack.append(a + b)
            elif tok == "-":
                stack.append(a - b)
            elif tok == "*":
                stack.append(a * b)
            else:
                stack.append(a / b)
        else:
            stack.append(int(tok))
    return stack.pop()

for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4 * +", "10 4 /"]:
    print(e, "=", rpn(e))

# === Queue: breadth-first search on a grid ===
grid = ["S.#.",
        "..#.",
        "...E"]
rows, cols = len(grid), len(grid[0])
queue = [(0, 0, 0)]
head = 0
seen = {(0, 0)}
while head < len(queue):
    r, c, dist = queue[head]
    head += 1
    if grid[r][c] == "E":
        print("reached E in", dist, "steps")
        break
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in seen:
            seen.add((nr, nc))
            queue.append((nr, nc, dist + 1))
print("visited", len(seen))

# === Undo stack ===
doc = []
history = []
for action in ["type a", "type b", "undo", "type c", "type d", "undo", "undo"]:
    if action == "undo":
        doc = history.pop()
    else:
        history.append(list(doc))
        doc.append(action.split()[1])
    print(f"{action:7} -> {''.join(doc)}")

# Conway's game of life on a set of (row, col) tuples.

def step(live):
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = (r + dr, c + dc)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}

def render(live, rows, cols):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(cols)) for r in range(rows))

# === Blinker oscillates ===
blinker = {(1, 0), (1, 1), (1, 2)}
print(render(blinker, 3, 3))
print()
print(render(step(blinker), 3, 3))
print(step(step(blinker)) == blinker)

# === Glider moves diagonally ===
glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
state = glider
for _ in range(4):
    state = step(state)
print(render(state, 5, 5))
print(sorted(state) == sorted((r + 1, c + 1) for r, c in glider))

# === Block is stable ===
block = {(0, 0), (0, 1), (1, 0), (1, 1)}
print(step(block) == block, len(step({(0, 0)})))

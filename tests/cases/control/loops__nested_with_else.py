# Loop patterns: else clauses, flags, and sentinel-driven loops.

# === Find a duplicate in nested lists using for/else ===
rows = [[1, 2, 3], [4, 5, 6], [7, 5, 9]]
seen = set()
for r, row in enumerate(rows):
    for c, v in enumerate(row):
        if v in seen:
            print("duplicate", v, "at", (r, c))
            break
        seen.add(v)
    else:
        continue
    break
else:
    print("no duplicates")

# === Bubble sort with early exit flag ===
def bubble(a):
    a = list(a)
    passes = 0
    for end in range(len(a) - 1, 0, -1):
        swapped = False
        passes += 1
        for i in range(end):
            if a[i] > a[i + 1]:
                a[i], a[i + 1] = a[i + 1], a[i]
                swapped = True
        if not swapped:
            break
    return a, passes

print(bubble([5, 1, 4, 2, 8]), bubble([1, 2, 3, 4]), bubble([]))

# === Sentinel iter() loop ===
values = [3, 1, 4, 1, 5, 0, 9, 2]
pos = 0
def next_value():
    global pos
    pos += 1
    return values[pos - 1]

print(list(iter(next_value, 0)))

# === Loop with index arithmetic ===
text = "a1b22c333"
i = 0
pieces = []
while i < len(text):
    ch = text[i]
    j = i + 1
    while j < len(text) and text[j].isdigit():
        j += 1
    pieces.append((ch, int(text[i + 1:j])))
    i = j
print(pieces)

# Greedy word wrapping and justification.

def wrap(text, width):
    lines = []
    current = []
    length = 0
    for word in text.split():
        extra = len(word) + (1 if current else 0)
        if current and length + extra > width:
            lines.append(" ".join(current))
            current = [word]
            length = len(word)
        else:
            current.append(word)
            length += extra
    if current:
        lines.append(" ".join(current))
    return lines

def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]

text = ("The quick brown fox jumps over the lazy dog. Pack my box with "
        "five dozen liquor jugs. Sphinx of black quartz, judge my vow.")

# === Wrap at several widths ===
for width in (20, 32):
    print(f"--- width {width} ---")
    lines = wrap(text, width)
    for line in lines[:-1]:
        print("|" + justify(line, width) + "|")
    print("|" + lines[-1].ljust(width) + "|")

# === Long words are not broken ===
print(wrap("supercalifragilistic is long", 10))
print(wrap("", 10))

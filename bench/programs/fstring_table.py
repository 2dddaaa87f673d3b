# f-string formatting: tables of numbers with widths, alignment, precision, signs and separators.


def make_rows(count):
    rows = []
    state = 31
    for i in range(count):
        state = (state * 1103515245 + 12345) % 2147483648
        qty = state % 5000
        price = (state >> 9) % 100000 / 100
        change = ((state >> 4) % 2001 - 1000) / 1000
        rows.append((f"item-{i:04d}", qty, price, change))
    return rows


def render(rows):
    lines = [f"{'name':<12}|{'qty':>9}|{'price':>10}|{'value':>16}|{'change':>8}|{'share':>7}"]
    lines.append("-" * len(lines[0]))
    grand = sum(q * p for _, q, p, _ in rows) or 1
    for name, qty, price, change in rows:
        value = qty * price
        lines.append(
            f"{name:<12}|{qty:>9,d}|{price:>10.2f}|{value:>16,.2f}|{change:>+8.3f}|{value / grand:>7.2%}"
        )
    lines.append(f"{'total':<12}|{sum(r[1] for r in rows):>9,}|{'':>10}|{grand:>16,.2f}|{'':>8}|{1:>7.0%}")
    return lines


def misc_formats(n):
    out = []
    for i in range(n):
        x = i * 37.125 - 1000
        out.append(f"{i:05d} {i:x} {i:#o} {i:b} {x:e} {x:.3g} {x:^12.1f} {str(i):*^7} {-i:=+6} {i!r:>4}")
    return out


def old_style(n):
    return ["%-6s %5d %8.3f %x" % ("r" + str(i), i * 3, i / 7, i) for i in range(n)]


rows = make_rows(2500)
table = render(rows)
checksum = 0
for line in table:
    for ch in line:
        checksum = (checksum * 131 + ord(ch)) % 1_000_000_007
print("\n".join(table[:4]))
print(table[-1])
print("lines", len(table), "checksum", checksum)
misc = misc_formats(2500)
print(misc[3])
print(misc[-1])
print("misc chars", sum(len(m) for m in misc))
old = old_style(2000)
print(old[1999], "|", "{:>8}|{:<8}|{:^8}|".format("right", "left", "mid"), "{0}-{1}-{0}".format("a", "b"))
print("old chars", sum(len(s) for s in old))

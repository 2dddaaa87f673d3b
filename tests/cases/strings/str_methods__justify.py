# center, ljust, rjust, zfill.

# === Padding ===
for w in ["a", "abc", "abcdef"]:
    print("[" + w.ljust(5) + "]", "[" + w.rjust(5, ".") + "]", "[" + w.center(6, "*") + "]")
print(repr("ab".center(5)), repr("ab".center(6)), repr("abc".center(6)), repr("abc".center(2)))

# === zfill keeps sign ===
for s in ["42", "-42", "+7", "abc", "", "12345"]:
    print(repr(s.zfill(5)))

# === A simple table ===
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("kiwi", 100, 1.75)]
header = "name".ljust(8) + "qty".rjust(5) + "price".rjust(8)
print(header)
print("-" * len(header))
for name, qty, price in rows:
    print(name.ljust(8) + str(qty).rjust(5) + ("%.2f" % price).rjust(8))
total = sum(q * p for _, q, p in rows)
print("total".ljust(13) + ("%.2f" % total).rjust(8))

# === Centered banner ===
def banner(text, width=30):
    line = "+" + "-" * (width - 2) + "+"
    return "\n".join([line, "|" + text.center(width - 2) + "|", line])

print(banner("Report"))
print(banner("odd", 11))

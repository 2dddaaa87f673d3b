# % formatting flags: width, precision, -, +, space, 0, #, *.

# === Width and left-justify ===
print("[%5s] [%-5s] [%5d] [%-5d] [%05d]" % ("ab", "ab", 42, 42, 42))

# === Sign flags ===
print("[%+d] [%+d] [% d] [% d] [%+.1f]" % (5, -5, 5, -5, 0.25))

# === Precision ===
print("[%.3s] [%.2f] [%.0e] [%10.4f] [%-10.1f]" % ("abcdef", 1 / 3, 12345, 3.14159, 2.75))
print("[%.5d] [%8.3d]" % (42, 7))

# === Star width / precision ===
print("[%*d] [%-*d] [%.*f] [%*.*f]" % (6, 42, 6, 42, 2, 3.14159, 9, 3, 2.71828))

# === Zero padding with signs and alternate forms ===
print("[%06.2f] [%+06d] [%#08x] [%#o] [%-#8x]" % (-1.5, 3, 255, 0, 255))

# === Literal percent and repr ===
print("100%% sure, %r" % ("it's",))
print("%s|%s" % (1.0, 1e100))

# === Bytes % formatting ===
print(b"%s=%d" % (b"key", 10), b"%5.1f|%x" % (2.25, 255), b"%c" % 65)

# === Building a progress bar ===
for done in (0, 3, 10):
    pct = done * 10
    print("[%-10s] %3d%%" % ("#" * done, pct))

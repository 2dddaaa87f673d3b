# Encoding and decoding text.

samples = ["hello", "café", "naïve résumé", "日本語", "emoji 😀", ""]

# === Lengths in code points vs bytes ===
for s in samples:
    b = s.encode("utf-8")
    print(repr(s), len(s), len(b), b.decode("utf-8") == s)

# === Different encodings ===
print("café".encode("latin-1"), "café".encode("utf-16-le"), "abc".encode("ascii"))
print(b"caf\xe9".decode("latin-1"), "é".encode("utf-8").hex())

# === Error handlers ===
print("café".encode("ascii", errors="ignore"), "café".encode("ascii", errors="replace"))
print("café".encode("ascii", errors="backslashreplace"), "café".encode("ascii", "xmlcharrefreplace"))
print(b"caf\xe9".decode("utf-8", errors="replace"), b"caf\xe9".decode("utf-8", errors="ignore"))

# === Encode errors are catchable ===
try:
    "ñ".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.start, e.end, e.reason)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.start, e.reason)

# === ascii() escapes non-ASCII ===
for s in samples:
    print(ascii(s))

# bytes methods mirror str methods but work on byte values.

raw = b"  GET /index.html HTTP/1.1\r\n"

# === Stripping and splitting ===
line = raw.strip()
print(line)
method, path, version = line.split(b" ")
print(method, path, version)
print(version.partition(b"/"), path.rsplit(b".", 1))

# === Case and predicates ===
print(method.lower(), path.upper(), b"Hello".swapcase(), b"hello world".title())
print(b"abc".isalpha(), b"ABC".isupper(), b"123".isdigit(), b"a1".isalnum(), b" \t".isspace())

# === Searching ===
print(raw.find(b"HTTP"), raw.count(b"/"), raw.index(b"GET"), raw.startswith(b"  G"), raw.endswith(b"\n"))

# === Justification ===
print(b"7".zfill(3), b"ab".center(6, b"-"), b"x".ljust(3, b"."), b"x".rjust(3))

# === Header parsing ===
headers = b"Host: example.com\r\nContent-Length: 42\r\nAccept: */*\r\n"
parsed = {}
for h in headers.split(b"\r\n"):
    if not h:
        continue
    k, _, v = h.partition(b": ")
    parsed[k.decode().lower()] = v.decode()
print(parsed)
print(int(parsed["content-length"]) + 1)

# === Replace and translate ===
print(b"a-b-c".replace(b"-", b"+"), b"hello".translate(None, b"l"))
table = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc".translate(table))
print(bytes(reversed(b"stressed")))

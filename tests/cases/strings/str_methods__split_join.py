# split, rsplit, splitlines, partition, join.

# === split default vs explicit separator ===
s = "  a  b   c  "
print(s.split(), s.split(" "), s.split(None, 1))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), ",".split(","), "".split(","), "".split())
print("a-b-c-d".rsplit("-", 1), "a-b-c-d".rsplit("-", 2), "a b c".rsplit(maxsplit=1))

# === splitlines ===
text = "one\ntwo\r\nthree\rfour\n\nsix"
print(text.splitlines())
print(text.splitlines(keepends=True))
print("x\n".splitlines(), "x\n".split("\n"))

# === partition / rpartition ===
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))

# === join ===
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("abc"), " ".join(map(str, range(4))))

# === Parsing a query string ===
query = "name=ann&age=31&tags=a,b&flag"
params = {}
for part in query.split("&"):
    key, sep, value = part.partition("=")
    params[key] = value.split(",") if "," in value else (value if sep else True)
print(params)

# === Path manipulation ===
path = "/usr/local/lib/python3/site.py"
directory, _, filename = path.rpartition("/")
stem, _, ext = filename.rpartition(".")
print(directory, filename, stem, ext)
print(path.split("/")[1:], "/".join(path.split("/")[:-2]))

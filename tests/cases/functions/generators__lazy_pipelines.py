# Generator pipelines process items lazily, one at a time.

trace = []

def source(lines):
    for line in lines:
        trace.append(f"read {line!r}")
        yield line

def strip_comments(lines):
    for line in lines:
        code = line.split("#", 1)[0].strip()
        if code:
            yield code

def parse(lines):
    for line in lines:
        name, _, value = line.partition("=")
        trace.append(f"parse {name.strip()}")
        yield name.strip(), int(value)

raw = ["a = 1", "# comment", "b = 2  # two", "", "c = 3", "d = 4"]
pipeline = parse(strip_comments(source(raw)))

# === Nothing happens until iteration ===
print(trace)

# === Pulling one item reads only what is needed ===
print(next(pipeline))
print(trace)

# === Consuming the rest ===
print(dict(pipeline))
print(len(trace))

# === Generator expressions are lazy too ===
calls = []
def f(x):
    calls.append(x)
    return x * 10

lazy = (f(x) for x in range(5))
print(calls)
first_two = [next(lazy), next(lazy)]
print(first_two, calls)

# === Windowed pairs generator ===
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for cur in it:
        yield prev, cur
        prev = cur

print(list(pairwise([1, 4, 9, 16])), list(pairwise([])), list(pairwise([1])))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])

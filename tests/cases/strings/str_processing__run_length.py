# Run-length encoding and decoding.

def encode(s):
    if not s:
        return ""
    out = []
    prev = s[0]
    count = 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev = ch
            count = 1
    out.append(f"{count}{prev}")
    return "".join(out)

def decode(s):
    out = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)

# === Roundtrips ===
for s in ["aaabccdddd", "abc", "", "zzzzzzzzzzzz", "aabbaa", "x"]:
    e = encode(s)
    print(repr(s), repr(e), decode(e) == s)

# === Look-and-say sequence ===
def look_and_say(s):
    e = encode(s)
    return e

term = "1"
for _ in range(8):
    print(term)
    term = look_and_say(term)

# === Compression ratio ===
sample = "W" * 12 + "B" + "W" * 12 + "BBB" + "W" * 24
enc = encode(sample)
print(enc, len(sample), len(enc), f"{len(enc) / len(sample):.2%}")

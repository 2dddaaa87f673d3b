# A hand-written tokenizer for arithmetic expressions.

def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("NUM", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("NAME", src[i:j]))
            i = j
        elif src[i:i + 2] in ("**", "//", "<=", ">=", "==", "!="):
            tokens.append(("OP", src[i:i + 2]))
            i += 2
        elif ch in "+-*/()<>=%,":
            tokens.append(("OP", ch))
            i += 1
        else:
            tokens.append(("ERR", ch))
            i += 1
    return tokens

# === Tokenize samples ===
for src in ["1 + 2*3", "x_1 ** 2 // 3.5", "max(a, b) >= 10", "a != b == c", "3 $ 4", ""]:
    print(repr(src))
    print("  ", tokenize(src))

# === Count token kinds ===
kinds = {}
for kind, _ in tokenize("f(x, y) + g(2.5) * 3 - h"):
    kinds[kind] = kinds.get(kind, 0) + 1
print(kinds)

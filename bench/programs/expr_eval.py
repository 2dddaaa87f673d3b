# A tokenizer and recursive-descent evaluator for arithmetic expressions with variables and functions.


class ParseError(Exception):
    pass


def tokenize(text):
    tokens = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == " ":
            i += 1
        elif ch.isdigit():
            start = i
            while i < n and text[i].isdigit():
                i += 1
            tokens.append(("num", int(text[start:i])))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < n and (text[i].isalnum() or text[i] == "_"):
                i += 1
            tokens.append(("name", text[start:i]))
        elif text.startswith("**", i) or text.startswith("//", i):
            tokens.append(("op", text[i : i + 2]))
            i += 2
        elif ch in "+-*%(),":
            tokens.append(("op", ch))
            i += 1
        else:
            raise ParseError(f"unexpected {ch!r} at {i}")
    tokens.append(("end", None))
    return tokens


class Parser:
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.pos = 0
        self.env = env

    def peek(self):
        return self.tokens[self.pos]

    def take(self):
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def expect(self, value):
        kind, got = self.take()
        if got != value:
            raise ParseError(f"expected {value!r}, got {got!r}")

    def expression(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            _, op = self.take()
            right = self.term()
            value = value + right if op == "+" else value - right
        return value

    def term(self):
        value = self.unary()
        while self.peek()[0] == "op" and self.peek()[1] in ("*", "//", "%"):
            _, op = self.take()
            right = self.unary()
            match op:
                case "*":
                    value *= right
                case "//":
                    value //= right
                case "%":
                    value %= right
        return value

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek() == ("op", "**"):
            self.take()
            exponent = self.unary()
            return base ** min(exponent, 12) if exponent >= 0 else 0
        return base

    def atom(self):
        match self.take():
            case ("num", value):
                return value
            case ("name", name) if self.peek() == ("op", "("):
                self.take()
                args = [self.expression()]
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.expression())
                self.expect(")")
                return self.call(name, args)
            case ("name", name):
                if name not in self.env:
                    raise ParseError(f"unknown name {name}")
                return self.env[name]
            case ("op", "("):
                value = self.expression()
                self.expect(")")
                return value
            case (kind, value):
                raise ParseError(f"unexpected {kind} {value!r}")

    def call(self, name, args):
        match name, args:
            case "max", [_, *_]:
                return max(args)
            case "min", [_, *_]:
                return min(args)
            case "abs", [x]:
                return abs(x)
            case "clamp", [x, low, high]:
                return max(low, min(high, x))
            case _:
                raise ParseError(f"bad call {name}/{len(args)}")


def evaluate(text, env):
    parser = Parser(tokenize(text), env)
    value = parser.expression()
    if parser.peek()[0] != "end":
        raise ParseError("trailing input")
    return value


def generate(seed, count):
    state = seed
    atoms = ["x", "y", "z", "7", "13", "(x - 3)", "abs(y - 40)", "max(x, y, 5)", "clamp(z, 2, 9)", "2 ** 3"]
    atoms.append("(y - 42)")
    ops = [" + ", " - ", " * ", " // ", " % ", " + -"]
    exprs = []
    for _ in range(count):
        state = (state * 1103515245 + 12345) % 2147483648
        length = 2 + state % 6
        parts = []
        for k in range(length):
            state = (state * 1103515245 + 12345) % 2147483648
            if k:
                parts.append(ops[state % len(ops)])
            parts.append(atoms[(state >> 8) % len(atoms)])
        text = "".join(parts)
        if state % 4 == 0:
            text = "(" + text + ") * 2"
        if state % 9 == 0:
            text += " $"
        exprs.append(text)
    return exprs


env = {"x": 17, "y": 42, "z": 5}
results = []
errors = {}
for text in generate(3, 1600):
    try:
        results.append(evaluate(text, env))
    except ZeroDivisionError:
        errors["zero"] = errors.get("zero", 0) + 1
    except ParseError as error:
        key = str(error).split(" ")[0]
        errors[key] = errors.get(key, 0) + 1
print("evaluated", len(results), "errors", sorted(errors.items()))
print("checksum", sum(results) % 1_000_000_007, "max", max(results), "min", min(results))
print("samples", [evaluate(t, env) for t in ("1 + 2 * 3", "-(x - y) // 4", "2 ** 10 % 1000", "max(1, z, 3)")])
for bad in ("1 +", "foo(1)", "(1 + 2", "q * 2"):
    try:
        evaluate(bad, env)
    except ParseError as error:
        print("error:", error)

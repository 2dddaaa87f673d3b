# A recursive-descent parser for arithmetic with mutual recursion.

class Parser:
    def __init__(self, text):
        self.tokens = self.tokenize(text)
        self.pos = 0

    @staticmethod
    def tokenize(text):
        tokens, num = [], ""
        for ch in text + " ":
            if ch.isdigit():
                num += ch
                continue
            if num:
                tokens.append(int(num))
                num = ""
            if ch in "+-*/()^":
                tokens.append(ch)
        return tokens

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self):
        self.pos += 1
        return self.tokens[self.pos - 1]

    def expr(self):
        value = self.term()
        while self.peek() in ("+", "-"):
            value = value + self.term() if self.take() == "+" else value - self.term()
        return value

    def term(self):
        value = self.power()
        while self.peek() in ("*", "/"):
            value = value * self.power() if self.take() == "*" else value // self.power()
        return value

    def power(self):
        base = self.unary()
        if self.peek() == "^":
            self.take()
            return base ** self.power()
        return base

    def unary(self):
        if self.peek() == "-":
            self.take()
            return -self.unary()
        if self.peek() == "(":
            self.take()
            value = self.expr()
            self.take()
            return value
        return self.take()

for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-(4 - 10) * 2", "100 / 7 / 2", "2 * -3 + 10"]:
    print(f"{src:<16} = {Parser(src).expr()}")

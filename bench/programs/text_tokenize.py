# String building and parsing: generate prose, tokenize it by hand, build and re-parse CSV rows.

WORDS = (
    "the quick brown fox jumps over lazy dog while seven wizards quietly judge boxing matches "
    "data flows through pipes and filters into reports that nobody reads until friday"
).split()


def make_text(sentences, seed):
    state = seed
    parts = []
    for _ in range(sentences):
        state = (state * 1103515245 + 12345) % 2147483648
        length = 5 + state % 9
        words = []
        for w in range(length):
            state = (state * 1103515245 + 12345) % 2147483648
            word = WORDS[state % len(WORDS)]
            if w == 0:
                word = word.capitalize()
            words.append(word)
        ending = ".!?"[state % 3]
        parts.append(" ".join(words) + ending)
    return " ".join(parts)


def tokenize(text):
    tokens = []
    current = []
    for ch in text:
        if ch.isalpha():
            current.append(ch)
        else:
            if current:
                tokens.append("".join(current))
                current = []
            if ch in ".!?":
                tokens.append(ch)
    if current:
        tokens.append("".join(current))
    return tokens


def sentences_of(tokens):
    sentence = []
    for tok in tokens:
        if tok in ".!?":
            yield sentence, tok
            sentence = []
        else:
            sentence.append(tok.lower())


def to_csv(text):
    lines = ["index,words,longest,ending,initials"]
    for index, (words, ending) in enumerate(sentences_of(tokenize(text))):
        longest = max(words, key=len)
        initials = "".join(w[0] for w in words).upper()
        lines.append(f"{index},{len(words)},{longest},{ending},{initials}")
    return "\n".join(lines)


def parse_csv(csv_text):
    rows = csv_text.strip().split("\n")
    header = rows[0].split(",")
    records = []
    for row in rows[1:]:
        fields = row.split(",")
        record = dict(zip(header, fields))
        record["words"] = int(record["words"])
        records.append(record)
    return records


text = make_text(2000, 42)
csv_text = to_csv(text)
records = parse_csv(csv_text)
checksum = 0
for i, ch in enumerate(csv_text):
    checksum = (checksum * 31 + ord(ch) * (i % 7 + 1)) % 1_000_000_007
print("characters", len(text), "csv bytes", len(csv_text))
print("records", len(records), "words", sum(r["words"] for r in records))
print("endings", {e: sum(1 for r in records if r["ending"] == e) for e in ".!?"})
print("longest words", sorted({r["longest"] for r in records})[-3:])
print("first rows", csv_text.split("\n")[1:3])
print("checksum", checksum)
print("replaced", text[:60].replace("the", "THE").title().swapcase())

# A tiny CSV parser that handles quoted fields.

def parse_line(line):
    fields = []
    field = []
    in_quotes = False
    i = 0
    while i < len(line):
        ch = line[i]
        if in_quotes:
            if ch == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    field.append('"')
                    i += 1
                else:
                    in_quotes = False
            else:
                field.append(ch)
        elif ch == '"':
            in_quotes = True
        elif ch == ",":
            fields.append("".join(field))
            field = []
        else:
            field.append(ch)
        i += 1
    fields.append("".join(field))
    return fields

data = '''name,city,quote,score
Ann,"Paris, France","She said ""hi""",91
Bob,Berlin,,78
"Lee, Jr.",Oslo,"multi, comma, field",85'''

# === Parse rows ===
lines = data.splitlines()
header = parse_line(lines[0])
rows = [dict(zip(header, parse_line(l))) for l in lines[1:]]
for r in rows:
    print(r)

# === Aggregate ===
scores = [int(r["score"]) for r in rows]
print(sum(scores), max(scores), min(scores), round(sum(scores) / len(scores), 2))
best = max(rows, key=lambda r: int(r["score"]))
print(best["name"], best["city"])

# === Edge cases ===
print(parse_line(""), parse_line(","), parse_line('""'), parse_line('"a""b"'))

# A state machine: a character-level CSV reader with quoting, then a traffic-light controller.


def make_csv(rows, seed):
    state = seed
    lines = ["id,name,comment,amount"]
    notes = ["plain", "has, comma", 'says "hi"', "multi\nline", "", "trailing space "]
    for i in range(rows):
        state = (state * 1103515245 + 12345) % 2147483648
        note = notes[state % len(notes)]
        if any(c in note for c in ',"\n') or state % 5 == 0:
            note = '"' + note.replace('"', '""') + '"'
        lines.append(f"{i},user{state % 331},{note},{(state >> 8) % 100000 / 100}")
    return "\n".join(lines) + "\n"


def read_csv(text):
    rows = []
    row = []
    field = []
    state = "start"
    for ch in text:
        match state:
            case "start" | "field":
                if ch == '"' and state == "start":
                    state = "quoted"
                elif ch == ",":
                    row.append("".join(field))
                    field = []
                    state = "start"
                elif ch == "\n":
                    row.append("".join(field))
                    rows.append(row)
                    row, field = [], []
                    state = "start"
                else:
                    field.append(ch)
                    state = "field"
            case "quoted":
                if ch == '"':
                    state = "quote_in_quoted"
                else:
                    field.append(ch)
            case "quote_in_quoted":
                if ch == '"':
                    field.append('"')
                    state = "quoted"
                elif ch == ",":
                    row.append("".join(field))
                    field = []
                    state = "start"
                elif ch == "\n":
                    row.append("".join(field))
                    rows.append(row)
                    row, field = [], []
                    state = "start"
                else:
                    raise ValueError("garbage after closing quote")
    if field or row:
        row.append("".join(field))
        rows.append(row)
    return rows


TRANSITIONS = {
    ("red", "tick"): "red_amber",
    ("red_amber", "tick"): "green",
    ("green", "tick"): "amber",
    ("amber", "tick"): "red",
    ("green", "button"): "amber",
    ("red", "fault"): "flashing",
    ("green", "fault"): "flashing",
    ("amber", "fault"): "flashing",
    ("red_amber", "fault"): "flashing",
    ("flashing", "reset"): "red",
}


def run_lights(events):
    light = "red"
    visits = {}
    ignored = 0
    for event in events:
        following = TRANSITIONS.get((light, event))
        if following is None:
            ignored += 1
            continue
        light = following
        visits[light] = visits.get(light, 0) + 1
    return light, visits, ignored


text = make_csv(2500, 11)
rows = read_csv(text)
header, body = rows[0], rows[1:]
print("rows", len(body), "columns", header, "chars", len(text))
print("widths", {len(r) for r in body})
print("amount", round(sum(float(r[3]) for r in body), 2))
comments = {}
for r in body:
    comments[r[2]] = comments.get(r[2], 0) + 1
print("comments", sorted(comments.items()))
print("sample", body[3], body[4])
kinds = ["tick", "tick", "tick", "button", "fault", "reset", "tick"]
events = []
state = 3
for _ in range(40000):
    state = (state * 1103515245 + 12345) % 2147483648
    events.append(kinds[(state >> 5) % len(kinds)])
final, visits, ignored = run_lights(events)
print("lights", final, sorted(visits.items()), ignored)

# A mini template engine using str methods.

def render(template, context):
    out = []
    i = 0
    while True:
        start = template.find("{{", i)
        if start == -1:
            out.append(template[i:])
            break
        end = template.find("}}", start)
        out.append(template[i:start])
        expr = template[start + 2:end].strip()
        name, _, filt = expr.partition("|")
        value = context
        for part in name.strip().split("."):
            value = value[part] if isinstance(value, dict) else getattr(value, part)
        filt = filt.strip()
        if filt == "upper":
            value = str(value).upper()
        elif filt == "title":
            value = str(value).title()
        elif filt.startswith("pad"):
            value = str(value).rjust(int(filt[3:]))
        out.append(str(value))
        i = end + 2
    return "".join(out)

ctx = {"user": {"name": "grace hopper", "lang": "cobol"}, "count": 3, "total": 12.5}

# === Render several templates ===
print(render("Hello {{ user.name | title }}!", ctx))
print(render("Lang: {{user.lang|upper}}, items: {{ count }}", ctx))
print(render("[{{ total | pad8 }}]", ctx))
print(render("no placeholders", ctx))
print(render("{{count}}{{count}}", ctx))

# === Rendering a list ===
rows = [{"n": "a", "v": 1}, {"n": "b", "v": 22}]
print("\n".join(render("- {{ n }} = {{ v|pad4 }}", r) for r in rows))

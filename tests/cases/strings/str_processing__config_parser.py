# Parsing an INI-like configuration text.

CONFIG = """
; global settings
[server]
host = 127.0.0.1
port = 8080
debug = yes

[database]
name = app_db
user = admin   ; inline comment
timeout = 2.5

[empty]
"""

def convert(value):
    if value.lower() in ("yes", "true", "on"):
        return True
    if value.lower() in ("no", "false", "off"):
        return False
    try:
        return int(value)
    except ValueError:
        pass
    try:
        return float(value)
    except ValueError:
        return value

def parse(text):
    sections = {}
    current = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
        elif "=" in line and current is not None:
            key, value = (p.strip() for p in line.split("=", 1))
            current[key] = convert(value)
        else:
            print("bad line", lineno, repr(raw))
    return sections

# === Parsed structure ===
cfg = parse(CONFIG)
for section, values in cfg.items():
    print(section, values)

# === Typed access ===
print(cfg["server"]["port"] + 1, type(cfg["database"]["timeout"]).__name__, cfg["server"]["debug"])
print(parse("[a]\nx=1\ngarbage\n"))

# Human-readable number formatting.

def human_bytes(n):
    units = ["B", "KiB", "MiB", "GiB", "TiB"]
    size = float(n)
    for unit in units:
        if abs(size) < 1024 or unit == units[-1]:
            if unit == "B":
                return f"{int(size)} {unit}"
            return f"{size:.1f} {unit}"
        size /= 1024

def human_duration(seconds):
    parts = []
    for name, length in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        count, seconds = divmod(seconds, length)
        if count:
            parts.append(f"{count}{name}")
    return " ".join(parts) or "0s"

def ordinal(n):
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"

# === Byte sizes ===
for n in [0, 1023, 1024, 1536, 10 ** 6, 5 * 1024 ** 3, 2 ** 50]:
    print(f"{n:>20,} -> {human_bytes(n)}")

# === Durations ===
for s in [0, 59, 61, 3600, 3661, 90061, 200000]:
    print(s, human_duration(s))

# === Ordinals ===
print(" ".join(ordinal(n) for n in [1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 112, 1003]))

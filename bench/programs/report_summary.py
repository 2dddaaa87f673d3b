# Mixed realistic, LLM-tool style: parse a plain-text service log, aggregate it and format a summary report.

SERVICES = ["api", "auth", "billing", "search", "worker"]
LEVELS = ["INFO", "INFO", "INFO", "INFO", "WARN", "ERROR", "DEBUG"]
USERS = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"]


def fake_log(lines, seed):
    state = seed
    out = ["# service log export", "# format: date time level key=value...", ""]
    for i in range(lines):
        state = (state * 1103515245 + 12345) % 2147483648
        second = i * 37 + state % 37
        clock = f"{second // 3600 % 24:02d}:{second // 60 % 60:02d}:{second % 60:02d}"
        stamp = f"2024-03-{1 + second // 86400:02d} {clock}"
        level = LEVELS[state % len(LEVELS)]
        service = SERVICES[(state >> 4) % len(SERVICES)]
        latency = 5 + (state >> 8) % 400 + (900 if (state >> 20) % 50 == 0 else 0)
        status = 500 if level == "ERROR" else (404 if (state >> 12) % 23 == 0 else 200)
        user = USERS[(state >> 16) % len(USERS)]
        extra = f' msg="timeout after {latency}ms"' if level == "ERROR" else ""
        fields = f"service={service} latency={latency}ms status={status} user={user}"
        out.append(f"{stamp} {level:<5} {fields}{extra}")
        if i % 997 == 0:
            out.append("corrupted line without fields")
    return "\n".join(out)


def parse_line(line):
    if not line or line.startswith("#"):
        return None
    parts = line.split()
    if len(parts) < 4 or "=" not in parts[3]:
        raise ValueError(f"unparseable: {line[:30]}")
    date, time, level = parts[0], parts[1], parts[2]
    fields = {}
    rest = " ".join(parts[3:])
    key = None
    for chunk in rest.split(" "):
        if key == "msg":
            fields["msg"] += " " + chunk
            if chunk.endswith('"'):
                fields["msg"] = fields["msg"].strip('"')
                key = None
            continue
        name, _, value = chunk.partition("=")
        fields[name] = value
        key = name if name == "msg" and not (value.endswith('"') and len(value) > 1) else None
    return {
        "date": date,
        "hour": int(time[:2]),
        "level": level,
        "service": fields["service"],
        "latency": int(fields["latency"].removesuffix("ms")),
        "status": int(fields["status"]),
        "user": fields["user"],
        "msg": fields.get("msg", ""),
    }


def percentile(sorted_values, fraction):
    if not sorted_values:
        return 0
    index = min(len(sorted_values) - 1, int(fraction * len(sorted_values)))
    return sorted_values[index]


def aggregate(records):
    stats = {}
    for rec in records:
        fresh = {"n": 0, "errors": 0, "latencies": [], "users": set(), "hours": {}}
        s = stats.setdefault(rec["service"], fresh)
        s["n"] += 1
        s["errors"] += rec["status"] >= 500
        s["latencies"].append(rec["latency"])
        s["users"].add(rec["user"])
        s["hours"][rec["hour"]] = s["hours"].get(rec["hour"], 0) + 1
    return stats


def summary(stats, skipped, days):
    lines = [f"Report for {len(days)} day(s): {days[0]} .. {days[-1]}", ""]
    heads = f"| {'service':<8} | {'reqs':>6} | {'err%':>6} | {'p50':>5} | {'p95':>5} | {'max':>5} | peak |"
    lines.append(heads)
    lines.append("|" + "|".join("-" * w for w in (10, 8, 8, 7, 7, 7, 6)) + "|")
    for name in sorted(stats, key=lambda k: (-stats[k]["n"], k)):
        s = stats[name]
        lat = sorted(s["latencies"])
        peak = max(s["hours"].items(), key=lambda kv: (kv[1], -kv[0]))[0]
        lines.append(
            f"| {name:<8} | {s['n']:>6} | {100 * s['errors'] / s['n']:>5.2f}% | {percentile(lat, 0.5):>5} "
            f"| {percentile(lat, 0.95):>5} | {lat[-1]:>5} | {peak:02d}h  |"
        )
    lines.append("")
    lines.append(f"skipped {skipped} malformed line(s)")
    return "\n".join(lines)


log = fake_log(6000, 77)
records = []
skipped = 0
for line in log.splitlines():
    try:
        rec = parse_line(line)
    except (ValueError, KeyError):
        skipped += 1
        continue
    if rec is not None:
        records.append(rec)
stats = aggregate(records)
days = sorted({r["date"] for r in records})
print(summary(stats, skipped, days))
slow_users = {}
for r in records:
    if r["latency"] > 900:
        slow_users[r["user"]] = slow_users.get(r["user"], 0) + 1
ranked = sorted(slow_users.items(), key=lambda kv: (-kv[1], kv[0]))
print("slow users:", ", ".join(f"{u}={n}" for u, n in ranked))
timeouts = [r["msg"] for r in records if r["msg"].startswith("timeout")]
print("timeouts:", len(timeouts), timeouts[:2])
print("users per service:", {k: sorted(v["users"])[:3] for k, v in sorted(stats.items())})

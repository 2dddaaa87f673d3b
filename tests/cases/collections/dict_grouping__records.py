# Grouping and aggregating records with dicts.

sales = [
    {"region": "north", "rep": "ann", "amount": 120},
    {"region": "south", "rep": "bob", "amount": 80},
    {"region": "north", "rep": "cid", "amount": 200},
    {"region": "east", "rep": "ann", "amount": 50},
    {"region": "south", "rep": "bob", "amount": 130},
    {"region": "north", "rep": "ann", "amount": 70},
]

# === Group by region ===
by_region = {}
for s in sales:
    by_region.setdefault(s["region"], []).append(s["amount"])
print(by_region)

# === Totals and averages ===
for region, amounts in by_region.items():
    print(f"{region:6} n={len(amounts)} total={sum(amounts):4} avg={sum(amounts) / len(amounts):.1f}")

# === Nested grouping region -> rep -> total ===
nested = {}
for s in sales:
    reps = nested.setdefault(s["region"], {})
    reps[s["rep"]] = reps.get(s["rep"], 0) + s["amount"]
print(nested)

# === Best rep overall ===
totals = {}
for s in sales:
    totals[s["rep"]] = totals.get(s["rep"], 0) + s["amount"]
best = max(totals, key=totals.get)
print(totals, best)

# === Pivot table ===
regions = sorted(by_region)
reps = sorted(totals)
print("rep".ljust(5) + "".join(r.rjust(7) for r in regions))
for rep in reps:
    row = [sum(s["amount"] for s in sales if s["rep"] == rep and s["region"] == r) for r in regions]
    print(rep.ljust(5) + "".join(str(v).rjust(7) for v in row))

# === Partition into two lists ===
big, small = [], []
for s in sales:
    (big if s["amount"] >= 100 else small).append(s["amount"])
print(big, small)

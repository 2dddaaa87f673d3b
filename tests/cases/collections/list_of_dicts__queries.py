# Querying a list of dicts like a tiny database.

books = [
    {"title": "Dune", "author": "Herbert", "year": 1965, "rating": 4.3, "tags": ["scifi"]},
    {"title": "Emma", "author": "Austen", "year": 1815, "rating": 3.9, "tags": ["classic", "romance"]},
    {"title": "Neuromancer", "author": "Gibson", "year": 1984, "rating": 3.9, "tags": ["scifi", "cyberpunk"]},
    {"title": "Persuasion", "author": "Austen", "year": 1817, "rating": 4.1, "tags": ["classic"]},
    {"title": "Hyperion", "author": "Simmons", "year": 1989, "rating": 4.2, "tags": ["scifi"]},
]

# === Select / where / order by ===
def query(rows, where=None, order=None, fields=None, limit=None):
    out = [r for r in rows if where is None or where(r)]
    if order:
        out.sort(key=order)
    if fields:
        out = [{f: r[f] for f in fields} for r in out]
    return out[:limit] if limit else out

for row in query(books, where=lambda b: "scifi" in b["tags"], order=lambda b: -b["rating"], fields=["title", "rating"]):
    print(row)

print(query(books, where=lambda b: b["year"] < 1900, fields=["title"]))
print(query(books, order=lambda b: (-b["rating"], b["title"]), fields=["title"], limit=3))

# === Aggregation ===
by_author = {}
for b in books:
    by_author.setdefault(b["author"], []).append(b["rating"])
print({a: round(sum(r) / len(r), 2) for a, r in by_author.items()})

# === Tag index ===
tag_index = {}
for b in books:
    for t in b["tags"]:
        tag_index.setdefault(t, []).append(b["title"])
for tag in sorted(tag_index):
    print(tag, tag_index[tag])

# === Decade histogram ===
decades = {}
for b in books:
    dec = b["year"] // 10 * 10
    decades[dec] = decades.get(dec, 0) + 1
print(sorted(decades.items()))

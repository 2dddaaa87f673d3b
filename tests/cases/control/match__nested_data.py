# Matching nested JSON-like data.

def summarize(msg):
    match msg:
        case {"op": "create", "item": {"id": int(i), "tags": [*tags]}}:
            return f"create #{i} tags={tags}"
        case {"op": "update", "item": {"id": int(i)}, "changes": {"name": str(n)}}:
            return f"rename #{i} to {n}"
        case {"op": "update", "item": {"id": int(i)}, "changes": dict(ch)} if ch:
            return f"update #{i} fields={sorted(ch)}"
        case {"op": "delete", "ids": [int() as single]}:
            return f"delete one #{single}"
        case {"op": "delete", "ids": [int(), int(), *_] as ids}:
            return f"delete many {len(ids)}"
        case {"op": "batch", "items": [*subs]}:
            return "batch[" + "; ".join(summarize(s) for s in subs) + "]"
        case {"op": op}:
            return f"invalid {op}"
        case _:
            return "garbage"

messages = [
    {"op": "create", "item": {"id": 1, "tags": ["a", "b"]}},
    {"op": "update", "item": {"id": 2}, "changes": {"name": "new"}},
    {"op": "update", "item": {"id": 3}, "changes": {"price": 5, "qty": 1}},
    {"op": "update", "item": {"id": 3}, "changes": {}},
    {"op": "delete", "ids": [7]},
    {"op": "delete", "ids": [7, 8, 9]},
    {"op": "delete", "ids": []},
    {"op": "batch", "items": [{"op": "delete", "ids": [1]}, {"op": "noop"}]},
    "text",
]

# === Summaries ===
for m in messages:
    print(summarize(m))

# === Tuples of tuples ===
def tree_sum(node):
    match node:
        case (left, right):
            return tree_sum(left) + tree_sum(right)
        case int(v):
            return v
        case _:
            return 0

print(tree_sum(((1, 2), ((3, 4), 5))), tree_sum(7), tree_sum(("a", 1)))

# JSON-like nested dict/list data: build a catalogue, walk it recursively, aggregate and reshape.


def lcg(state):
    return (state * 1103515245 + 12345) % 2147483648


def build_catalogue(stores, seed):
    state = seed
    catalogue = {"version": 3, "stores": []}
    categories = ["books", "games", "garden", "kitchen", "music", "tools"]
    for s in range(stores):
        store = {"id": f"store-{s:03d}", "region": ["north", "south", "east", "west"][s % 4], "items": []}
        for i in range(60):
            state = lcg(state)
            tags = [
                t for k, t in enumerate(("sale", "new", "gift", "eco")) if (state >> (3 + 2 * k)) % 3 == 0
            ]
            state = lcg(state)
            price = (state % 10000) / 100
            state = lcg(state)
            stock = state % 50
            item = {
                "sku": f"{s:03d}-{i:03d}",
                "category": categories[(state >> 8) % len(categories)],
                "price": price,
                "stock": stock,
                "tags": tags,
                "dims": {"w": state % 31 + 1, "h": (state >> 5) % 17 + 1, "d": (state >> 10) % 11 + 1},
            }
            store["items"].append(item)
        catalogue["stores"].append(store)
    return catalogue


def walk(node, path, visit):
    if isinstance(node, dict):
        for key, value in node.items():
            walk(value, path + (key,), visit)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            walk(value, path + (index,), visit)
    else:
        visit(path, node)


def summarize(catalogue):
    totals = {"int": 0, "float": 0.0, "str": 0, "leaves": 0, "deepest": 0}

    def visit(path, value):
        totals["leaves"] += 1
        totals["deepest"] = max(totals["deepest"], len(path))
        if isinstance(value, bool):
            pass
        elif isinstance(value, int):
            totals["int"] += value
        elif isinstance(value, float):
            totals["float"] += value
        elif isinstance(value, str):
            totals["str"] += len(value)

    walk(catalogue, (), visit)
    return totals


def by_region_and_category(catalogue):
    table = {}
    for store in catalogue["stores"]:
        for item in store["items"]:
            key = (store["region"], item["category"])
            entry = table.setdefault(key, {"value": 0.0, "stock": 0, "volume": 0, "tags": {}})
            entry["value"] += item["price"] * item["stock"]
            entry["stock"] += item["stock"]
            dims = item["dims"]
            entry["volume"] += dims["w"] * dims["h"] * dims["d"]
            for tag in item["tags"]:
                entry["tags"][tag] = entry["tags"].get(tag, 0) + 1
    return table


def find_items(catalogue, predicate):
    return [item["sku"] for store in catalogue["stores"] for item in store["items"] if predicate(item)]


catalogue = build_catalogue(50, 2024)
totals = summarize(catalogue)
print("leaves", totals["leaves"], "deepest", totals["deepest"])
print("int sum", totals["int"], "float sum", round(totals["float"], 2), "str chars", totals["str"])
table = by_region_and_category(catalogue)
for key in sorted(table)[:6]:
    entry = table[key]
    tags = ",".join(f"{t}={n}" for t, n in sorted(entry["tags"].items()))
    print(key[0], key[1], round(entry["value"], 2), entry["stock"], entry["volume"], tags)
cheap_gifts = find_items(catalogue, lambda it: "gift" in it["tags"] and it["price"] < 5)
print("cheap gifts", len(cheap_gifts), cheap_gifts[:4])
reshaped = {
    s["id"]: {c: [i["sku"] for i in s["items"] if i["category"] == c] for c in ("books", "tools")}
    for s in catalogue["stores"][:3]
}
print("reshaped", {k: {c: len(v) for c, v in d.items()} for k, d in reshaped.items()})

# Dict and list heavy processing: word counting, group-by, bigrams and top-k.

ROOTS = (
    "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho "
    "sigma tau upsilon phi chi psi omega apple banana cherry grape lemon mango orange peach pear plum"
).split()
VOCAB = [root + ending for root in ROOTS for ending in ("", "s", "ed", "ing", "er", "ly", "ness", "ish")]


def documents(count, seed):
    state = seed
    docs = []
    for d in range(count):
        words = []
        state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        length = 40 + (state >> 33) % 60
        for _ in range(length):
            state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
            r = (state >> 33) % 1000
            index = r * r * r * r * len(VOCAB) // 1_000_000_000_000
            words.append(VOCAB[index])
        docs.append({"id": d, "author": "user" + str(d % 13), "text": " ".join(words)})
    return docs


def count_words(docs):
    counts = {}
    for doc in docs:
        for word in doc["text"].split():
            counts[word] = counts.get(word, 0) + 1
    return counts


def group_by_author(docs):
    groups = {}
    for doc in docs:
        groups.setdefault(doc["author"], []).append(doc)
    summary = {}
    for author, items in groups.items():
        lengths = [len(d["text"].split()) for d in items]
        summary[author] = (len(items), sum(lengths), max(lengths))
    return summary


def bigrams(docs):
    pairs = {}
    for doc in docs:
        words = doc["text"].split()
        for a, b in zip(words, words[1:]):
            key = (a, b)
            if key in pairs:
                pairs[key] += 1
            else:
                pairs[key] = 1
    return pairs


def vocabulary_per_author(docs):
    seen = {}
    for doc in docs:
        seen.setdefault(doc["author"], set()).update(doc["text"].split())
    return {author: len(words) for author, words in sorted(seen.items())}


docs = documents(550, 7)
counts = count_words(docs)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("distinct", len(counts), "total", sum(counts.values()))
print("top", top)
summary = group_by_author(docs)
for author in sorted(summary, key=lambda a: int(a[4:]))[:4]:
    print(author, summary[author])
pairs = bigrams(docs)
print("bigrams", len(pairs), sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print("vocab", list(vocabulary_per_author(docs).values()))
rare = sorted(w for w, c in counts.items() if c < 50)
print("rare", len(rare), rare[:8])

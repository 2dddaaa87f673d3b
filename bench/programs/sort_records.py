# Sorting with keys: records sorted by tuples of fields, stable multi-pass sorts, ranking and bisection.

FIRST = ["ada", "bob", "cy", "dee", "eve", "fay", "gus", "hal", "ivy", "jo", "kim", "lu"]
CITIES = ["oslo", "lima", "rome", "kyiv", "doha", "baku", "riga"]


def make_people(count):
    people = []
    state = 17
    for i in range(count):
        state = (state * 1103515245 + 12345) % 2147483648
        people.append(
            {
                "id": i,
                "name": FIRST[state % len(FIRST)] + str(state % 97),
                "city": CITIES[(state >> 7) % len(CITIES)],
                "age": 18 + (state >> 11) % 60,
                "score": ((state >> 3) % 10000) / 100,
            }
        )
    return people


def bisect_left(items, target):
    low, high = 0, len(items)
    while low < high:
        mid = (low + high) // 2
        if items[mid] < target:
            low = mid + 1
        else:
            high = mid
    return low


def rank(people):
    ordered = sorted(people, key=lambda p: -p["score"])
    ranks = {}
    previous = None
    position = 0
    for index, person in enumerate(ordered, 1):
        if person["score"] != previous:
            position = index
            previous = person["score"]
        ranks[person["id"]] = position
    return ranks


people = make_people(6000)
by_city_age = sorted(people, key=lambda p: (p["city"], -p["age"], p["name"], p["id"]))
print("city/age", [(p["city"], p["age"], p["name"]) for p in by_city_age[:3]])
tuples = [(p["age"], p["name"], p["score"]) for p in people]
tuples.sort()
print("tuples", tuples[:2], tuples[-1])
stable = sorted(people, key=lambda p: p["name"])
stable.sort(key=lambda p: p["age"] // 10, reverse=True)
print("stable", [(p["age"], p["name"]) for p in stable[:4]])
ranks = rank(people)
print("ranks", [ranks[i] for i in range(8)])
ages = sorted(p["age"] for p in people)
print("bisect", [bisect_left(ages, a) for a in (18, 30, 50, 77, 90)])
youngest = min(people, key=lambda p: (p["age"], p["score"]))
oldest = max(people, key=lambda p: (p["age"], -p["score"]))
print("extremes", youngest["name"], youngest["age"], oldest["name"], oldest["age"])
names = sorted({p["name"] for p in people}, key=str.lower)
print("names", len(names), names[:5])
for rnd in range(10):
    shuffled = sorted(people, key=lambda p: (p["id"] * (rnd + 7919)) % 6007)
    shuffled.sort(key=lambda p: (p["city"], p["score"]))
print("final", [p["id"] for p in shuffled[:6]])

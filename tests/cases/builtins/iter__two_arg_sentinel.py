# iter() with one argument and the two-argument sentinel form.

# === One-argument form ===
it = iter([10, 20, 30])
print(next(it), next(it), list(it), list(it))
print(iter(it) is it)
s = iter("hey")
print(next(s), list(s))
d = iter({"a": 1, "b": 2})
print(list(d))

# === Two-argument form: call until the sentinel is returned ===
values = [5, 3, 8, 0, 7, 1]
pos = [0]
def read_value():
    v = values[pos[0]]
    pos[0] += 1
    return v

print(list(iter(read_value, 0)))
print(pos[0])

# === Sentinel with a class-based counter ===
class Dice:
    def __init__(self, rolls):
        self.rolls = list(rolls)
    def roll(self):
        return self.rolls.pop(0)

dice = Dice([3, 5, 2, 6, 4, 6, 1])
print([r for r in iter(dice.roll, 6)])
print(dice.rolls)

# === Reading "lines" until an empty one ===
lines = ["header", "body 1", "body 2", "", "ignored"]
reader = iter(lines)
print(list(iter(lambda: next(reader), "")))
print(list(reader))

# === Objects that are not iterable ===
try:
    iter(42)
except TypeError as e:
    print("TypeError:", e)

# === __iter__ based iteration from custom class ===
class Three:
    def __iter__(self):
        return iter((1, 2, 3))

print(list(iter(Three())), sum(Three()))

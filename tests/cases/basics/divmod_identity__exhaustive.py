# Floor-division identities over a grid of values.

# === Identity a == (a // b) * b + a % b ===
ok = True
count = 0
for a in range(-12, 13):
    for b in list(range(-5, 0)) + list(range(1, 6)):
        q, r = a // b, a % b
        if q * b + r != a:
            ok = False
        if b > 0 and not (0 <= r < b):
            ok = False
        if b < 0 and not (b < r <= 0):
            ok = False
        if divmod(a, b) != (q, r):
            ok = False
        count += 1
print(count, ok)

# === Table for a few values ===
for a in (-7, -1, 0, 1, 7):
    print(a, [(a // b, a % b) for b in (-3, 3)])

# === Float divmod ===
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (1.0, 0.25)]:
    print(a, b, divmod(a, b), a // b, a % b)

# === Clock arithmetic ===
def add_hours(h, delta):
    return (h + delta) % 24

print(add_hours(22, 5), add_hours(2, -5), add_hours(0, -24), add_hours(5, 100))
minutes = 1000
print(f"{minutes // 60}h{minutes % 60:02d}m")

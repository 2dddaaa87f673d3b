# Mutating set methods.

s = {1, 2, 3}

# === add / update / discard / remove ===
s.add(4)
s.add(2)
s.update([5, 6], (7,))
print(sorted(s))
s.discard(100)
s.discard(1)
s.remove(2)
print(sorted(s))
try:
    s.remove(2)
except KeyError as e:
    print("KeyError:", e)

# === In-place operators ===
t = {1, 2, 3, 4}
t |= {5}
t &= {1, 2, 5, 9}
t -= {1}
t ^= {2, 10}
print(sorted(t))
u = {1, 2, 3}
u.intersection_update([2, 3, 4])
u.difference_update([3])
u.symmetric_difference_update([2, 8])
print(sorted(u))

# === pop and clear ===
v = {42}
print(v.pop(), v)
w = {1, 2}
w.clear()
print(w, len(w), bool(w))

# === copy is shallow, independent set ===
orig = {1, 2}
cp = orig.copy()
cp.add(3)
print(sorted(orig), sorted(cp))

# === Sets reject unhashable elements ===
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)

# === Tracking visited states ===
seen = set()
order = []
for x in [3, 1, 3, 2, 1, 4]:
    if x not in seen:
        seen.add(x)
        order.append(x)
print(order, len(seen))

# is / is not / in / not in.

# === None checks ===
x = None
print(x is None, x is not None, x == None)

# === Identity of mutable objects ===
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
b.append(3)
print(a, c)

# === Membership in containers ===
print(2 in [1, 2, 3], 4 not in (1, 2, 3), "ell" in "hello", "z" in "hello")
print(3 in {1: "a", 3: "b"}, "b" in {1: "a", 3: "b"}, 2 in {1, 2})
print(5 in range(0, 10, 5), 6 in range(0, 10, 5), -1 in range(10))
print(b"ab" in b"cabd", 97 in b"abc")
print("" in "abc", [] in [[], 1])

# === Equality vs identity in lists ===
nan = float("nan")
print(nan in [nan], nan == nan)

# === Custom membership through __eq__ ===
class Anything:
    def __eq__(self, other):
        return True

print(Anything() in [1, 2], 5 in [Anything()])

# === Booleans are singletons ===
print((1 == 1) is True, bool([]) is False)

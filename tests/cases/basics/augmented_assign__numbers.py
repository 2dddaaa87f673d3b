# Augmented assignment operators.

x = 10
# === Arithmetic ===
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 7; print(x)
x /= 2; print(x, type(x))

# === Bitwise ===
y = 0b1010
y |= 0b0101; print(y)
y &= 0b0110; print(y)
y ^= 0b1111; print(y)
y <<= 3; print(y)
y >>= 2; print(y)

# === Strings and lists ===
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias, t is t_alias)

# === Subscript and attribute targets ===
counts = {"a": 0}
counts["a"] += 1
counts["a"] += 1
print(counts)
nums = [1, 2, 3]
nums[1] *= 10
nums[-1] **= 2
print(nums)

class Box:
    pass

b = Box()
b.n = 1
b.n += 41
print(b.n)

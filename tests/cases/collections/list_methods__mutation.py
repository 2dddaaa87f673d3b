# Core list methods.

nums = [5, 3, 8]

# === append / extend / insert ===
nums.append(1)
nums.extend([9, 2])
nums.extend(range(2))
nums.insert(0, 100)
nums.insert(-1, 50)
nums.insert(99, 7)
print(nums)

# === remove / pop ===
nums.remove(8)
print(nums, nums.pop(), nums.pop(0), nums.pop(-2))
print(nums)

# === index / count ===
nums += [3, 3]
print(nums.index(3), nums.index(3, 1), nums.count(3), nums.count(42))

# === reverse / sort / copy / clear ===
nums.reverse()
print(nums)
c = nums.copy()
nums.sort()
print(nums, c)
c.clear()
print(c, len(c))

# === Methods return None ===
x = [3, 1, 2]
print(x.sort(), x.append(4), x.reverse(), x)

# === remove only removes the first occurrence ===
letters = list("banana")
letters.remove("a")
print(letters)
while "a" in letters:
    letters.remove("a")
print(letters)

# === pop from empty list ===
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)

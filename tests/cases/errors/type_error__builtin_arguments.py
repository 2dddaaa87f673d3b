# ord() of a multi-character string.
print(ord("A"))
ord("AB")  ### TypeError: ord() expected a character, but string of length 2 found
---
# abs() of a string.
print(abs(-3))
abs("-3")  ### TypeError: bad operand type for abs(): 'str'
---
# int() of None.
value = None
print(int("5"))
int(value)  ### TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'
---
# sum() of strings.
words = ["a", "b"]
print("".join(words))
sum(words, "")  ### TypeError: sum() can't sum strings [use ''.join(seq) instead]
---
# sum() of mixed types.
print(sum([1, 2]))
sum([1, "2", 3])  ### TypeError: unsupported operand type(s) for +: 'int' and 'str'
---
# sorted() of mixed types.
print(sorted([3, 1, 2]))
sorted([3, None, 1])  ### TypeError: '<' not supported between instances of 'NoneType' and 'int'
---
# range() with a float.
print(list(range(3)))
range(2.5)  ### TypeError: 'float' object cannot be interpreted as an integer
---
# str.join with non-strings.
nums = [1, 2, 3]
print(",".join(str(n) for n in nums))
",".join(nums)  ### TypeError: sequence item 0: expected str instance, int found
---
# Indexing a list with a string.
letters = ["a", "b"]
idx = "1"
print(letters[int(idx)])
print(letters[idx])  ### TypeError: list indices must be integers or slices, not str
---
# reversed() of a set.
print(list(reversed([1, 2])))
reversed({1, 2})  ### TypeError: 'set' object is not reversible
---
# % formatting with too many arguments.
print("%s-%s" % ("a", "b"))
print("%s" % ("a", "b"))  ### TypeError: not all arguments converted during string formatting

# Calling an int.
total = 10
print(total)
total()  ### TypeError: 'int' object is not callable
---
# Shadowing a builtin name then calling it.
list = [1, 2, 3]
print(list)
again = list("abc")  ### TypeError: 'list' object is not callable
---
# Subscripting None returned by a function.
def find(items, target):
    for i in items:
        if i == target:
            return i

found = find([1, 2], 5)
print(found)
print(found[0])  ### TypeError: 'NoneType' object is not subscriptable
---
# len() of an int.
n = 12345
print(len(str(n)))
print(len(n))  ### TypeError: object of type 'int' has no len()
---
# Iterating over an int.
count = 3
for i in range(count):
    print(i)
for i in count:  ### TypeError: 'int' object is not iterable
    print(i)
---
# next() on a list (not an iterator).
data = [1, 2]
print(next(iter(data)))
next(data)  ### TypeError: 'list' object is not an iterator
---
# Item assignment on a tuple.
point = (1, 2)
print(point)
point[0] = 5  ### TypeError: 'tuple' object does not support item assignment
---
# Item assignment on a string.
word = "hello"
print(word.upper())
word[0] = "J"  ### TypeError: 'str' object does not support item assignment

# Adding an int and a str.
count = 3
label = "items"
print(count, label)
message = count + label  ### TypeError: unsupported operand type(s) for +: 'int' and 'str'
---
# Concatenating a str with an int.
name = "order #"
number = 7
print(name + str(number))
print(name + number)  ### TypeError: can only concatenate str (not "int") to str
---
# Concatenating a list with a tuple.
items = [1, 2]
extra = (3, 4)
print(items + list(extra))
combined = items + extra  ### TypeError: can only concatenate list (not "tuple") to list
---
# Unary minus on a string.
text = "5"
print(-int(text))
print(-text)  ### TypeError: bad operand type for unary -: 'str'
---
# Ordering comparison between incompatible types.
values = [3, 1, "2"]
print(values[0] < values[1])
print(values[0] < values[2])  ### TypeError: '<' not supported between instances of 'int' and 'str'
---
# Multiplying a sequence by a non-int.
pattern = "ab"
times = "3"
print(pattern * int(times))
print(pattern * times)  ### TypeError: can't multiply sequence by non-int of type 'str'
---
# Subtracting dicts is not supported.
a = {"x": 1}
b = {"x": 2}
print(a | b)
print(a - b)  ### TypeError: unsupported operand type(s) for -: 'dict' and 'dict'
---
# Power with a string exponent.
base = 2
exp = "10"
print(base ** int(exp))
print(base ** exp)  ### TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'

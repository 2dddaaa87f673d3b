# True division of ints by zero.
total, count = 10, 0
print("computing average")
average = total / count  ### ZeroDivisionError: division by zero
---
# Floor division of ints by zero.
items, per_page = 25, 0
print(items // 5)
pages = items // per_page  ### ZeroDivisionError: integer division or modulo by zero
---
# divmod with zero divisor.
print(divmod(17, 5))
divmod(17, 0)  ### ZeroDivisionError: integer division or modulo by zero
---
# Float division by zero.
ratio = 1.5
print(ratio / 3)
ratio / 0.0  ### ZeroDivisionError: float division by zero
---
# Float floor division by zero.
length = 7.5
print(length // 2)
length // 0  ### ZeroDivisionError: float floor division by zero
---
# Division by zero deep in a helper function.
def mean(values):
    return sum(values) / len(values)  ### ZeroDivisionError: division by zero

def report(groups):
    for name, values in groups.items():
        print(name, mean(values))

report({"a": [1, 2, 3], "b": [10], "c": []})
---
# Int divided by a zero computed in a loop.
for d in [3, 2, 1, 0]:
    print(12 // d if d else "skip", 12 / d)  ### ZeroDivisionError: division by zero
---
# Zero to a negative power.
print(0 ** 2, 2 ** -1)
print(0 ** -1)  ### ZeroDivisionError: 0.0 cannot be raised to a negative power

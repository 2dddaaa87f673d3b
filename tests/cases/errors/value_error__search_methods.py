# list.index of a missing value.
colors = ["red", "green", "blue"]
print(colors.index("green"))
colors.index("purple")  ### ValueError: 'purple' is not in list
---
# list.index of a missing int.
nums = [4, 8, 15]
print(nums.index(8))
nums.index(16)  ### ValueError: 16 is not in list
---
# str.index of a missing substring.
sentence = "the quick brown fox"
print(sentence.index("quick"))
sentence.index("slow")  ### ValueError: substring not found
---
# str.rindex.
path = "a/b/c"
print(path.rindex("/"))
path.rindex("\\")  ### ValueError: substring not found
---
# list.remove of a missing value.
queue = [1, 2, 3]
queue.remove(2)
print(queue)
queue.remove(2)  ### ValueError: list.remove(x): x not in list
---
# tuple.index.
weekdays = ("mon", "tue", "wed")
print(weekdays.index("tue"))
weekdays.index("sun")  ### ValueError: tuple.index(x): x not in tuple
---
# str.split with an empty separator.
csv = "a,b,c"
print(csv.split(","))
csv.split("")  ### ValueError: empty separator
---
# range() with zero step.
print(list(range(0, 10, 5)))
range(0, 10, 0)  ### ValueError: range() arg 3 must not be zero

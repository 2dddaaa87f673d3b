# List index past the end.
scores = [90, 85, 77]
print(scores[0], scores[-1], len(scores))
print(scores[3])  ### IndexError: list index out of range
---
# Negative index too far back.
letters = ["a", "b"]
print(letters[-2])
print(letters[-3])  ### IndexError: list index out of range
---
# Tuple index.
point = (4, 5)
x, y = point
print(x, y)
z = point[2]  ### IndexError: tuple index out of range
---
# String index.
word = "hey"
for i in range(len(word)):
    print(word[i])
print(word[len(word)])  ### IndexError: string index out of range
---
# range object index.
r = range(0, 10, 3)
print(list(r), r[-1])
print(r[4])  ### IndexError: range object index out of range
---
# pop from an empty list inside a loop.
stack = [1, 2]
while True:
    print("popped", stack.pop())  ### IndexError: pop from empty list
---
# pop with an index that is too large.
queue = ["a", "b", "c"]
print(queue.pop(0))
queue.pop(5)  ### IndexError: pop index out of range
---
# Off-by-one in a loop over indices.
data = [3, 6, 9]
total = 0
for i in range(1, len(data) + 1):
    total += data[i]  ### IndexError: list index out of range
    print("running total", total)

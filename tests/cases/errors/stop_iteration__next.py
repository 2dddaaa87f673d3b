# next() on an exhausted list iterator.
it = iter([1, 2])
print(next(it), next(it))
next(it)  ### StopIteration
---
# next() on an empty generator expression.
evens = (n for n in [1, 3, 5] if n % 2 == 0)
print(next(evens, "no evens"))
next(evens)  ### StopIteration
---
# next() on a generator that returned a value.
def task():
    yield "step 1"
    return "finished"

t = task()
print(next(t))
next(t)  ### StopIteration: finished
---
# A custom iterator raising StopIteration with a message.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")  ### StopIteration: liftoff
        self.n -= 1
        return self.n + 1

c = Countdown(2)
print(next(c), next(c))
next(c)
---
# Reading from a dict-items iterator past the end.
pairs = iter({"a": 1}.items())
print(next(pairs))
key, value = next(pairs)  ### StopIteration

# An exception inside a generator propagates to the consumer.
def read_numbers(lines):
    for line in lines:
        yield int(line)  ### ValueError: invalid literal for int() with base 10: 'three'

total = 0
for n in read_numbers(["1", "2", "three", "4"]):
    total += n
    print("running total", total)
---
# StopIteration leaking from a generator becomes RuntimeError.
def first_of_each(groups):
    for g in groups:
        yield next(iter(g))

print(list(first_of_each([[1, 2], [3]])))
print(list(first_of_each([[1], [], [2]])))  ### RuntimeError: generator raised StopIteration
---
# throw() into a generator that does not handle it.
def worker():
    while True:
        job = yield  ### ValueError: job cancelled
        print("working on", job)

w = worker()
next(w)
w.send("job-1")
w.throw(ValueError("job cancelled"))
---
# Sending a value to a just-started generator.
def echo():
    while True:
        value = yield
        print("echo", value)

e = echo()
e.send("hello")  ### TypeError: can't send non-None value to a just-started generator
---
# Ignoring GeneratorExit in close().
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
print(next(s))
s.close()  ### RuntimeError: generator ignored GeneratorExit

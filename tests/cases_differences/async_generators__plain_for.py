"""A plain ``for`` or comprehension may run over a call of an async generator function.

Why: Edge Python drives async generators synchronously when a plain loop asks for them; CPython
raises ``TypeError: 'async_generator' object is not iterable``. edge-python does so where the
loop's iterable is a call naming an async generator function of the program.
Workaround: in code that must also run under CPython, use ``async for`` inside an ``async def``.
"""
async def countdown(n):
    while n:
        yield n
        n -= 1


for value in countdown(3):
    print("for", value)
print([value * 10 for value in countdown(2)])


async def main():
    async for value in countdown(2):
        print("async for", value)


run(main())

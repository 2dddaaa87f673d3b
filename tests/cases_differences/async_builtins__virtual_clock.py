"""Edge's async builtins: run, gather, sleep (on a virtual clock), also from plain functions.

Why: Edge Python has no asyncio; its scheduler is part of the language and deterministic.
Workaround: none; asyncio programs need porting to run/gather/sleep.
"""
def pause(label):
    sleep(1)
    return label
async def task(name):
    print(name, "start")
    value = pause(name)
    print(name, "end")
    return value
print(gather(task("a"), task("b")))

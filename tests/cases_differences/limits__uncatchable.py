"""A limit stop cannot be caught, suppressed or outlived.

Why: the host's limits must hold whatever the program does.
Workaround: none; raise the limit in the host if the program legitimately needs more.
"""
def spin():
    while True:
        pass
try:
    spin()
except BaseException:
    print("caught")

# global and nonlocal declarations.

counter = 0

def increment():
    global counter
    counter += 1
    return counter

# === global ===
increment()
increment()
print(counter)

def create_global():
    global created
    created = "made inside function"

create_global()
print(created)

# === nonlocal ===
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10), c2())

# === nonlocal reaches the nearest enclosing scope ===
def outer():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return middle(), x

print(outer())

# === UnboundLocalError when assigning after reading ===
total = 5
def broken():
    try:
        print(total)
    except UnboundLocalError:
        print("UnboundLocalError raised")
    total = 1
broken()
print(issubclass(UnboundLocalError, NameError))

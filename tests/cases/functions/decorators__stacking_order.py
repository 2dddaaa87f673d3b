# Order of application and execution of stacked decorators.

log = []

def deco(name):
    log.append(f"factory {name}")
    def decorate(fn):
        log.append(f"decorate {name}")
        def wrapper(*args):
            log.append(f"enter {name}")
            result = fn(*args)
            log.append(f"exit {name}")
            return f"{name}({result})"
        return wrapper
    return decorate

@deco("outer")
@deco("middle")
@deco("inner")
def core(x):
    log.append("core")
    return x

# === Definition-time order ===
print(log)
log.clear()

# === Call-time order ===
print(core(1))
print(log)

# === Equivalent manual application ===
def core2(x):
    return x

manual = deco("o")(deco("i")(core2))
print(manual(2))

# === Decorators that transform return values compose ===
def add_one(fn):
    return lambda *a: fn(*a) + 1

def double(fn):
    return lambda *a: fn(*a) * 2

@add_one
@double
def five():
    return 5

@double
@add_one
def five_b():
    return 5

print(five(), five_b())

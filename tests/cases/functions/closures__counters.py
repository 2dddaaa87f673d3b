# Closures capturing enclosing variables.

def make_multiplier(k):
    def mul(x):
        return x * k
    return mul

double = make_multiplier(2)
triple = make_multiplier(3)

# === Independent closures ===
print(double(5), triple(5), double(triple(2)))

# === Closure sees later changes to captured variable ===
def make_pair():
    value = 1
    def get():
        return value
    value = 2
    return get

print(make_pair()())

# === Closures sharing the same cell ===
def account(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            return "insufficient funds"
        balance -= amount
        return balance
    def current():
        return balance
    return deposit, withdraw, current

dep, wd, cur = account(100)
print(dep(50), wd(30), wd(500), cur())

# === Closure capturing a loop variable (late binding) ===
adders = []
for i in range(3):
    adders.append(lambda x: x + i)
print([f(10) for f in adders])

adders = []
for i in range(3):
    def make(i=i):
        return lambda x: x + i
    adders.append(make())
print([f(10) for f in adders])
print(double.__name__, triple.__qualname__)

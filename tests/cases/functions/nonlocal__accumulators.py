# nonlocal state in nested functions.

def make_bank():
    accounts = {}
    next_id = 0

    def open_account(owner):
        nonlocal next_id
        next_id += 1
        accounts[next_id] = {"owner": owner, "balance": 0}
        return next_id

    def deposit(acc, amount):
        accounts[acc]["balance"] += amount
        return accounts[acc]["balance"]

    def report():
        return [(i, a["owner"], a["balance"]) for i, a in accounts.items()]

    return open_account, deposit, report

open_account, deposit, report = make_bank()
a = open_account("ann")
b = open_account("bob")
deposit(a, 50)
deposit(b, 20)
deposit(a, 25)
print(report())

# === nonlocal with multiple levels ===
def level1():
    x = 0
    def level2():
        def level3():
            nonlocal x
            x += 100
        level3()
        level3()
    level2()
    return x

print(level1())

# === Generator of IDs vs closure of IDs ===
def id_maker(prefix):
    n = 0
    def make():
        nonlocal n
        n += 1
        return f"{prefix}-{n:03d}"
    return make

order_id = id_maker("ORD")
user_id = id_maker("USR")
print(order_id(), order_id(), user_id(), order_id())

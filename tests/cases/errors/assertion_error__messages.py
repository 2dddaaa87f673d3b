# assert with a message.
def withdraw(balance, amount):
    assert amount <= balance, f"cannot withdraw {amount} from {balance}"  ### AssertionError: cannot withdraw 500 from 120
    return balance - amount

print(withdraw(120, 20))
print(withdraw(120, 500))
---
# assert without a message: the last line is just the type.
items = [3, 1, 2]
print(sorted(items))
assert items == sorted(items)  ### AssertionError
---
# assert with a non-string message.
status = {"code": 500}
print("checking")
assert status["code"] == 200, status["code"]  ### AssertionError: 500
---
# assert in a validation loop.
def check_all(values):
    for v in values:
        print("checking", v)
        assert v >= 0, "negative value: " + str(v)  ### AssertionError: negative value: -4

check_all([3, 0, -4, 7])
---
# Explicitly raised AssertionError.
print("about to fail")
raise AssertionError("invariant violated")  ### AssertionError: invariant violated

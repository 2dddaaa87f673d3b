# A realistic bank account model.

class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed, self.available = needed, available

class Account:
    _next_number = 1000
    interest_rate = 0.0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
        Account._next_number += 1
        self.number = Account._next_number

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def add_interest(self):
        interest = round(self._balance * self.interest_rate, 2)
        if interest:
            self.deposit(interest)
        return interest

    def __repr__(self):
        return f"{type(self).__name__}(#{self.number}, {self.owner}, {self._balance:.2f})"

class Savings(Account):
    interest_rate = 0.05

def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)

a = Account("ann", 100)
s = Savings("ann", 1000)
transfer(a, s, 40)
print(a, s, s.add_interest(), s)
for bad in [lambda: a.withdraw(500), lambda: a.deposit(-5), lambda: transfer(s, a, 10 ** 6)]:
    try:
        bad()
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__, e)
print(a.history, s.history, a.add_interest())

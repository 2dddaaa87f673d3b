# Classes, inheritance and custom exceptions: a ledger of accounts processing a stream of transactions.


class LedgerError(Exception):
    pass


class InsufficientFunds(LedgerError):
    def __init__(self, account, amount):
        super().__init__(f"{account} cannot pay {amount}")
        self.account = account
        self.amount = amount


class Frozen(LedgerError):
    pass


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
        self.frozen = False

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if self.frozen:
            raise Frozen(self.owner)
        self._balance += amount
        self.history.append(amount)

    def withdraw(self, amount):
        if self.frozen:
            raise Frozen(self.owner)
        if amount > self.available():
            raise InsufficientFunds(self.owner, amount)
        self._balance -= amount
        self.history.append(-amount)

    def available(self):
        return self._balance

    def month_end(self):
        pass


class Savings(Account):
    rate_per_mille = 3

    def month_end(self):
        interest = self._balance * self.rate_per_mille // 1000
        if interest:
            self.deposit(interest)


class Credit(Account):
    def __init__(self, owner, balance=0, limit=500):
        super().__init__(owner, balance)
        self.limit = limit

    def available(self):
        return self._balance + self.limit

    def month_end(self):
        if self._balance < 0:
            self._balance -= (-self._balance) * 15 // 1000


class Bank:
    def __init__(self):
        self.accounts = {}
        self.failures = {}

    def open_account(self, account):
        self.accounts[account.owner] = account

    def transfer(self, src, dst, amount):
        self.accounts[src].withdraw(amount)
        self.accounts[dst].deposit(amount)

    def process(self, transactions):
        for day, (src, dst, amount) in enumerate(transactions):
            try:
                self.transfer(src, dst, amount)
            except LedgerError as error:
                name = type(error).__name__
                self.failures[name] = self.failures.get(name, 0) + 1
            if day % 500 == 499:
                for account in self.accounts.values():
                    account.month_end()


bank = Bank()
kinds = [Account, Savings, Credit]
for i in range(24):
    bank.open_account(kinds[i % 3](f"acct{i:02d}", 1000 + 37 * i))
bank.accounts["acct05"].frozen = True
state = 99
transactions = []
for _ in range(12000):
    state = (state * 1103515245 + 12345) % 2147483648
    src = f"acct{state % 24:02d}"
    dst = f"acct{(state >> 8) % 24:02d}"
    transactions.append((src, dst, 1 + (state >> 16) % 400))
bank.process(transactions)
print("failures", sorted(bank.failures.items()))
print("total", sum(a.balance for a in bank.accounts.values()))
for owner in ("acct00", "acct01", "acct02", "acct05"):
    account = bank.accounts[owner]
    print(owner, type(account).__name__, account.balance, len(account.history))
try:
    bank.accounts["acct03"].withdraw(10**9)
except InsufficientFunds as error:
    print("error:", error, error.amount)
richest = max(bank.accounts.values(), key=lambda a: a.balance)
print("richest", richest.owner, richest.balance)

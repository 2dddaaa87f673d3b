# classmethod and staticmethod.

class Date:
    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day

    @classmethod
    def from_string(cls, text):
        y, m, d = (int(p) for p in text.split("-"))
        return cls(y, m, d)

    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def days_in_month(self):
        if self.month == 2:
            return 29 if Date.is_leap(self.year) else 28
        return 30 if self.month in (4, 6, 9, 11) else 31

    def __repr__(self):
        return f"{type(self).__name__}({self.year:04d}-{self.month:02d}-{self.day:02d})"

class EuroDate(Date):
    def __repr__(self):
        return f"EuroDate({self.day:02d}.{self.month:02d}.{self.year})"

# === Alternative constructors ===
print(Date.from_string("2024-02-10"), Date.epoch())
print(EuroDate.from_string("2023-12-25"), EuroDate.epoch())

# === Static methods callable from class and instance ===
print([y for y in (1900, 2000, 2023, 2024) if Date.is_leap(y)])
print(Date(2000, 1, 1).is_leap(2001))

# === Instance methods using static helpers ===
for text in ["2024-02-01", "2023-02-01", "2023-04-10", "2023-07-04"]:
    d = Date.from_string(text)
    print(d, d.days_in_month())

# === Class-level counter via classmethod ===
class Ticket:
    issued = 0
    def __init__(self):
        Ticket.issued += 1
        self.number = Ticket.issued
    @classmethod
    def reset(cls):
        cls.issued = 0

tickets = [Ticket() for _ in range(3)]
print([t.number for t in tickets], Ticket.issued)
Ticket.reset()
print(Ticket.issued, Ticket().number)

# A vending machine state machine.

PRICES = {"cola": 150, "chips": 100, "gum": 50}

class Machine:
    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.log = []

    def event(self, kind, value=None):
        before = self.state
        if self.state == "idle":
            if kind == "coin":
                self.credit += value
                self.state = "paying"
            elif kind == "select":
                self.log.append("insert coins first")
        elif self.state == "paying":
            if kind == "coin":
                self.credit += value
            elif kind == "select":
                price = PRICES.get(value)
                if price is None:
                    self.log.append(f"no such item {value}")
                elif self.credit >= price:
                    self.credit -= price
                    self.log.append(f"vend {value}")
                    self.state = "change" if self.credit else "idle"
                else:
                    self.log.append(f"need {price - self.credit} more")
            elif kind == "cancel":
                self.state = "change"
        if self.state == "change":
            self.log.append(f"return {self.credit}")
            self.credit = 0
            self.state = "idle"
        print(f"{before:>7} --{kind}:{value}--> {self.state:<7} credit={self.credit}")

m = Machine()
for ev in [("select", "cola"), ("coin", 100), ("select", "cola"), ("coin", 100),
           ("select", "cola"), ("coin", 25), ("coin", 25), ("select", "gum"),
           ("coin", 200), ("select", "tea"), ("cancel", None)]:
    m.event(*ev)
print(m.log)

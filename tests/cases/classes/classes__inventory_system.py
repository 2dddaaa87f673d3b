# An inventory system combining several classes.

class Item:
    def __init__(self, sku, name, price):
        self.sku, self.name, self.price = sku, name, price

class OutOfStock(Exception):
    pass

class Inventory:
    def __init__(self):
        self.items = {}
        self.stock = {}

    def add(self, item, qty):
        self.items[item.sku] = item
        self.stock[item.sku] = self.stock.get(item.sku, 0) + qty

    def remove(self, sku, qty):
        have = self.stock.get(sku, 0)
        if qty > have:
            raise OutOfStock(f"{sku}: requested {qty}, have {have}")
        self.stock[sku] = have - qty

    def value(self):
        return sum(self.items[s].price * q for s, q in self.stock.items())

    def low_stock(self, threshold):
        return sorted(s for s, q in self.stock.items() if q < threshold)

    def __len__(self):
        return sum(1 for q in self.stock.values() if q > 0)

    def __contains__(self, sku):
        return self.stock.get(sku, 0) > 0

class Order:
    def __init__(self, inventory):
        self.inventory = inventory
        self.lines = []

    def add_line(self, sku, qty):
        self.inventory.remove(sku, qty)
        self.lines.append((sku, qty))
        return self

    def total(self):
        return sum(self.inventory.items[s].price * q for s, q in self.lines)

inv = Inventory()
for sku, name, price, qty in [("A1", "bolt", 0.25, 100), ("B2", "nut", 0.1, 40), ("C3", "gear", 12.5, 3)]:
    inv.add(Item(sku, name, price), qty)
print(len(inv), inv.value(), inv.low_stock(50))
order = Order(inv).add_line("A1", 20).add_line("C3", 3)
print(order.lines, order.total(), "C3" in inv, len(inv))
try:
    Order(inv).add_line("B2", 41)
except OutOfStock as e:
    print("OutOfStock:", e)

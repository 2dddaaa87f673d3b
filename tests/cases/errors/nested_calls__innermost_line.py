# The error is raised several calls deep; the innermost line is marked.
def parse_row(row):
    name, qty = row.split("=")
    return name, int(qty)  ### ValueError: invalid literal for int() with base 10: 'lots'

def parse_all(rows):
    return [parse_row(r) for r in rows]

def main():
    print(parse_all(["a=1", "b=2"]))
    print(parse_all(["c=3", "d=lots"]))

main()
---
# An error inside a method called from another method.
class Cart:
    def __init__(self):
        self.items = {}

    def add(self, name, price, qty):
        self.items[name] = (price, qty)

    def line_total(self, name):
        price, qty = self.items[name]  ### KeyError: 'shipping'
        return price * qty

    def total(self):
        return sum(self.line_total(n) for n in self.items) + self.line_total("shipping")

cart = Cart()
cart.add("pen", 2, 3)
print(cart.line_total("pen"))
print(cart.total())
---
# An error inside a lambda used as a sort key.
records = [{"name": "a", "age": 3}, {"name": "b"}, {"name": "c", "age": 1}]
print(sorted(records[:1], key=lambda r: r["age"]))
ordered = sorted(records, key=lambda r: r["age"])  ### KeyError: 'age'
---
# An error inside a generator consumed by sum().
def weights(items):
    for item in items:
        yield item["weight"] / item["count"]  ### ZeroDivisionError: division by zero

boxes = [{"weight": 10, "count": 2}, {"weight": 4, "count": 0}]
print(sum(weights(boxes[:1])))
print(sum(weights(boxes)))
---
# A recursive function failing at the base case.
def depth_sum(node):
    if node is None:
        return 0
    value, children = node
    return value + sum(depth_sum(c) for c in children)  ### TypeError: can only concatenate str (not "int") to str

tree = (1, [(2, []), (3, [(4, [])])])
print(depth_sum(tree))
bad = (1, [(2, [("x", [])])])
print(depth_sum(bad))

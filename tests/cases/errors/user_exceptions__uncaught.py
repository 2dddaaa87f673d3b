# A simple user-defined exception.
class InventoryError(Exception):
    pass

stock = {"apple": 3}
print(stock)
raise InventoryError("apple is out of stock")  ### InventoryError: apple is out of stock
---
# An exception class with a custom __init__ and __str__.
class ValidationError(Exception):
    def __init__(self, field, value):
        super().__init__(field, value)
        self.field = field
        self.value = value

    def __str__(self):
        return f"invalid {self.field}: {self.value!r}"

def validate(age):
    if age < 0:
        raise ValidationError("age", age)  ### ValidationError: invalid age: -5
    return age

print(validate(30))
validate(-5)
---
# An exception without arguments shows only the name.
class Halt(Exception):
    pass

print("halting")
raise Halt  ### Halt
---
# An exception with several args shows the tuple.
class ParseError(ValueError):
    pass

print(issubclass(ParseError, ValueError))
raise ParseError("line 3", 14)  ### ParseError: ('line 3', 14)
---
# A subclass hierarchy; the most specific name is shown.
class AppError(Exception):
    pass

class DatabaseError(AppError):
    pass

class ConnectionLost(DatabaseError):
    def __init__(self, host):
        super().__init__(f"lost connection to {host}")

def query(host):
    print("querying", host)
    raise ConnectionLost(host)  ### ConnectionLost: lost connection to db.local

query("db.local")
---
# Raising a built-in exception with a custom message.
def set_level(level):
    if level not in ("low", "high"):
        raise ValueError(f"unknown level {level!r}; expected 'low' or 'high'")  ### ValueError: unknown level 'mid'; expected 'low' or 'high'
    return level

print(set_level("low"))
set_level("mid")

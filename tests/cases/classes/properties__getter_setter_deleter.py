# Properties with getters, setters and deleters.

class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("resetting temperature")
        self._c = 0.0

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

# === Getter and setter ===
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)

# === Validation in setter ===
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
print(t.celsius)

# === Deleter ===
del t.celsius
print(t.celsius)

# === Read-only property ===
class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def area(self):
        return round(3.14159 * self.r ** 2, 3)

c = Circle(2)
print(c.area)
try:
    c.area = 10
except AttributeError:
    print("AttributeError: read-only property")

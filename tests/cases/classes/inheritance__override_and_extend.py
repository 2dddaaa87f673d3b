# Single inheritance: overriding and extending methods.

class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{type(self).__name__}({self.name})"

class Dog(Animal):
    sound = "woof"

    def fetch(self):
        return f"{self.name} fetches"

class Puppy(Dog):
    def speak(self):
        return super().speak() + " (squeaky)"

class Cat(Animal):
    sound = "meow"

    def __init__(self, name, indoor=True):
        super().__init__(name)
        self.indoor = indoor

    def describe(self):
        where = "indoor" if self.indoor else "outdoor"
        return f"{super().describe()} [{where}]"

# === Polymorphic calls ===
pets = [Animal("generic"), Dog("rex"), Puppy("bit"), Cat("tom"), Cat("ali", indoor=False)]
for p in pets:
    print(p.speak(), "|", p.describe())

# === Inherited methods and attributes ===
print(Puppy("x").fetch(), Puppy.sound, hasattr(Cat("c"), "fetch"))

# === isinstance / issubclass ===
p = Puppy("p")
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), issubclass(Dog, object))
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__, Dog.__base__)

# === Overriding a class attribute on the instance ===
d = Dog("loud")
d.sound = "WOOF!"
print(d.speak(), Dog("quiet").speak())

# Missing class attribute.
class Config:
    debug = False
    level = "info"

print(Config.debug, Config.level)
print(Config.timeout_seconds)  ### AttributeError: type object 'Config' has no attribute 'timeout_seconds'
---
# Instance attributes are not visible on the class.
class User:
    def __init__(self, name):
        self.name = name

u = User("ann")
print(u.name)
print(User.name)  ### AttributeError: type object 'User' has no attribute 'name'
---
# Attribute missing on a built-in type object.
print(int.from_bytes(b"\x01", "big"))
int.parse_number("5")  ### AttributeError: type object 'int' has no attribute 'parse_number'
---
# getattr without a default.
class Settings:
    theme = "dark"

print(getattr(Settings, "theme"))
print(getattr(Settings, "font", "default font"))
getattr(Settings, "language_code")  ### AttributeError: type object 'Settings' has no attribute 'language_code'
---
# A custom __getattr__ raising AttributeError with its own message.
class Strict:
    def __getattr__(self, name):
        raise AttributeError(f"unknown setting {name!r}")  ### AttributeError: unknown setting 'colour_scheme'

s = Strict()
print("created")
s.colour_scheme

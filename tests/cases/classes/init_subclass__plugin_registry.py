# __init_subclass__ for automatic plugin registration.

class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        cls.key = key

    def run(self, text):
        raise NotImplementedError

class Upper(Plugin):
    def run(self, text):
        return text.upper()

class Reverse(Plugin, name="rev"):
    def run(self, text):
        return text[::-1]

class Shout(Upper, name="shout"):
    def run(self, text):
        return super().run(text) + "!"

# === Registry is populated at class creation ===
print(sorted(Plugin.registry))
print([(k, v.__name__) for k, v in sorted(Plugin.registry.items())])

# === Using plugins by name ===
pipeline = ["upper", "rev", "shout"]
text = "hello"
for key in pipeline:
    text = Plugin.registry[key]().run(text)
    print(key, "->", text)

# === Class attribute set by the hook ===
print(Upper.key, Reverse.key, Shout.key)

# === Validation in __init_subclass__ ===
class Strict:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if not hasattr(cls, "required"):
            raise TypeError(f"{cls.__name__} must define 'required'")

class Good(Strict):
    required = True

try:
    class Bad(Strict):
        pass
except TypeError as e:
    print("TypeError:", e)
print(Good.required)

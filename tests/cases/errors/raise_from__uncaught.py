# raise ... from ...: the final line shows the outer exception.
class ConfigError(Exception):
    pass

def load_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e  ### ConfigError: bad port 'http'

print(load_port("8080"))
load_port("http")
---
# raise ... from None hides the context.
def get_setting(settings, key):
    try:
        return settings[key]
    except KeyError:
        raise LookupError(f"setting {key} is required") from None  ### LookupError: setting timeout is required

print(get_setting({"a": 1}, "a"))
get_setting({}, "timeout")
---
# Implicit chaining: an error raised while handling another.
def convert(values):
    out = []
    for v in values:
        try:
            out.append(int(v))
        except ValueError:
            out.append(undefined_fallback_zz)  ### NameError: name 'undefined_fallback_zz' is not defined
    return out

print(convert(["1", "2"]))
convert(["3", "x"])
---
# Chaining through several layers.
class StorageError(Exception):
    pass

def read_block(n):
    if n > 3:
        raise IndexError(f"block {n} beyond end")
    return n

def read_file(n):
    try:
        return read_block(n)
    except IndexError as e:
        raise StorageError("read failed") from e

def handle(n):
    try:
        return read_file(n)
    except StorageError as e:
        raise RuntimeError(f"request {n} failed") from e  ### RuntimeError: request 9 failed

print(handle(2))
handle(9)

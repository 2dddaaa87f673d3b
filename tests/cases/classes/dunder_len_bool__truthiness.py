# __len__ and __bool__ determine truthiness.

class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)
    def __len__(self):
        return len(self.songs)

class Switch:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("  __bool__ called")
        return self.on

class Both:
    def __len__(self):
        return 0
    def __bool__(self):
        return True

class Neither:
    pass

# === __len__ used when __bool__ missing ===
print(len(Playlist("a", "b")), bool(Playlist("a")), bool(Playlist()))
if not Playlist():
    print("empty playlist is falsy")

# === __bool__ takes priority ===
print(bool(Both()), len(Both()))

# === Objects are truthy by default ===
print(bool(Neither()))

# === Used in conditions and boolean operators ===
s = Switch(False)
print("on" if s else "off")
print(Switch(True) and "result")

# === __bool__ must return a bool ===
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)

# === __len__ must be a non-negative int ===
class Negative:
    def __len__(self):
        return -1
try:
    len(Negative())
except ValueError as e:
    print("ValueError:", e)

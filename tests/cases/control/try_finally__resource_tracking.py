# try/finally guarantees cleanup in many exit paths.

opened = []

class Handle:
    def __init__(self, name):
        self.name = name
        opened.append(name)

    def close(self):
        opened.remove(self.name)
        print("closed", self.name)

def process(name, mode):
    h = Handle(name)
    try:
        if mode == "return":
            return f"{name} returned early"
        if mode == "raise":
            raise IOError(f"{name} failed")
        if mode == "loop":
            for i in range(10):
                if i == 2:
                    return f"{name} loop exit at {i}"
        return f"{name} completed"
    finally:
        h.close()

# === Each exit path closes the handle ===
for mode in ["normal", "return", "loop", "raise"]:
    try:
        print(process(f"h-{mode}", mode))
    except OSError as e:
        print("error:", e)
print("still open:", opened)

# === Nested resources released in reverse order ===
def nested():
    a = Handle("a")
    try:
        b = Handle("b")
        try:
            print("using", opened)
            raise KeyError("oops")
        finally:
            b.close()
    finally:
        a.close()

try:
    nested()
except KeyError:
    print("after nested:", opened)
print(IOError is OSError)

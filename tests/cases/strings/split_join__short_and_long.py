# split/rsplit/splitlines and join on short texts (native) and long ones (checked): same results.

short = "a=b=c"
long_text = ",".join(str(i) for i in range(3000))
print(short.split("="), short.rsplit("=", 1), "x\ny\r\nz".splitlines(), "x\ny".splitlines(True))
parts = long_text.split(",")
print(len(parts), parts[:3], parts[-2:], len(long_text.rsplit(",", 5)))
print(len(("line\n" * 500).splitlines()), b"a b  c".split(), b"k=v".split(b"="))
print("".join(["a", "b"]), "-".join(("x",)), "".join([]), ", ".join(str(i) for i in range(5)))
print(len("".join(["ab"] * 5000)), b"".join([b"x", b"y"]), "+".join({"k": 1, "j": 2}))


class Text(str):
    def split(self, sep=None):
        return ["overridden"]


print(Text("a b").split(), Text("a b").upper())
for bad in ([1, 2], ["a", None]):
    try:
        print("".join(bad))
    except TypeError as error:
        print("TypeError:", error)
try:
    print(b"a".split("a"))
except TypeError as error:
    print("TypeError:", error)

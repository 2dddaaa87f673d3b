# printf-style formatting: the common small cases (expanded by CPython) and the ones the sandbox
# expands itself (keys, *, big widths, objects, bytes) give the same text and the same errors.

print("%d|%5.2f|%s|%r|%x|%X|%o|%c|%%|%-4s|%+d|%05d|%e|%g" % (3, 2.5, "a", "b", 255, 255, 8, 65, "z", 4, 42, 1234.5, 0.0001))
print("%s" % None, "%s %s" % (True, 1.5), "%d" % 3.9, "%i" % True, "%s" % "solo", "%.3s" % "abcdef")
print("%s and %s" % ("é", "日本"), "%10.4f|" % 3.14159, "%-10s|" % "left", "%s" % 10 ** 50)
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%*d|" % (5, 42), "%.*f" % (2, 3.14159))
print("%s" % [1, 2], "%s" % ((1, 2),), "%r" % {"k": 1.5}, b"%d-%s" % (5, b"x"), "%s" % 10 ** 150)


class Thing:
    def __str__(self):
        return "a thing"

    def __repr__(self):
        return "Thing()"


print("%s / %r" % (Thing(), Thing()))
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%c", 10 ** 9), ("%y", 1),
                  ("%(a)s", (1,)), ("%x", 1.5), ("%d", None), ("%", ()), ("%.2f", "s")]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, OverflowError) as error:
        print(type(error).__name__, error)

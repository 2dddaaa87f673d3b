# f-string expressions and conversions.

name = "Ada"
age = 36
items = ["x", "y"]
data = {"k": 1}

# === Expressions ===
print(f"{name} is {age}")
print(f"{age + 1} {age * 2} {age // 5} {age > 30}")
print(f"{name.upper()} {len(items)} {items[0]} {data['k']}")
print(f"{'nested'} {[i * 2 for i in range(3)]} {(lambda x: x + 1)(1)}")
print(f"{age if age > 40 else 'young'}")

# === Conversions !r !s !a ===
print(f"{name!r} {name!s} {'café'!a} {'café'!r}")
print(f"{items!r} {items!s} {None!r} {3.0!s}")

# === Braces escaping ===
print(f"{{literal}} {{{age}}} {{}}")

# === Multi-line and concatenation ===
msg = (f"Name: {name}; "
       f"Age: {age}; "
       "plain")
print(msg)
print(f"""triple
{name}
quoted""")

# === Debug specifier = ===
x = 10
y = 3
print(f"{x=}", f"{x + y=}", f"{name=}", f"{x = }")
print(f"{x=:>5}", f"{y / x=:.2f}", f"{name=!s}")

# === Objects with __str__ and __repr__ ===
class P:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "repr-form"

p = P()
print(f"{p} {p!r} {p!s} {[p]}")

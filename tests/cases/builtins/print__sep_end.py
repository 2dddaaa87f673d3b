# print() with sep, end and multiple arguments.

# === Default separator and end ===
print("a", "b", "c")
print()
print(1, 2.5, None, True, [1], (2,), {"k": "v"})

# === Custom sep ===
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print(2024, 1, 15, sep="-")
print("x", sep="IGNORED")
print(*range(5), sep=" < ")

# === Custom end ===
print("no newline", end="")
print(" -> continued")
print("a", end=" | ")
print("b", end=" | ")
print("c")
for i in range(3):
    print(i, end=",")
print()

# === sep and end together ===
print("k", "v", sep="=", end=";\n")
print(*"abc", sep="\n", end="\n--\n")

# === None means the default ===
print("default", "sep", sep=None, end=None)

# === Objects are converted with str() ===
class Item:
    def __str__(self):
        return "Item<str>"
    def __repr__(self):
        return "Item<repr>"

print(Item(), [Item()], sep=" :: ")

# === Printing a table ===
rows = [("name", "qty"), ("apple", 3), ("kiwi", 12)]
for a, b in rows:
    print(f"{a:<6}", f"{b:>4}", sep="|")

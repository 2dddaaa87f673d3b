# int() of a non-numeric string.
raw = ["12", "7", "seven"]
total = 0
for r in raw:
    total += int(r)  ### ValueError: invalid literal for int() with base 10: 'seven'
    print("total", total)
---
# int() of a float string.
print(int("42"), int(float("3.5")))
int("3.5")  ### ValueError: invalid literal for int() with base 10: '3.5'
---
# int() of an empty string.
print(int("0"))
value = int("")  ### ValueError: invalid literal for int() with base 10: ''
---
# int() with an explicit base and invalid digit.
print(int("101", 2), int("ff", 16))
int("102", 2)  ### ValueError: invalid literal for int() with base 2: '102'
---
# int() with an out-of-range base.
print(int("z", 36))
int("10", 40)  ### ValueError: int() base must be >= 2 and <= 36, or 0
---
# float() of a bad string.
for text in ["1.5", "2e3", "-inf"]:
    print(float(text))
float("1,5")  ### ValueError: could not convert string to float: '1,5'
---
# Parsing a record with a helper function.
def parse_price(field):
    return float(field.strip().lstrip("$"))  ### ValueError: could not convert string to float: 'free'

print(parse_price(" $3.50 "))
print(parse_price("free"))
---
# chr() out of range.
print(chr(65), chr(0x263A))
chr(-5)  ### ValueError: chr() arg not in range(0x110000)
---
# Dict construction from pairs of the wrong length.
pairs = [("a", 1), ("b", 2, 3)]
print(dict(pairs[:1]))
dict(pairs)  ### ValueError: dictionary update sequence element #1 has length 3; 2 is required

# zip(strict=True) with unequal lengths.
names = ["a", "b", "c"]
scores = [1, 2]
print(list(zip(names, scores)))
list(zip(names, scores, strict=True))  ### ValueError: zip() argument 2 is shorter than argument 1
---
# pow() with a non-invertible base.
print(pow(3, -1, 7))
pow(2, -1, 4)  ### ValueError: base is not invertible for the given modulus
---
# pow() with a zero modulus.
print(pow(2, 10, 1000))
pow(2, 10, 0)  ### ValueError: pow() 3rd argument cannot be 0
---
# Unknown format code.
print(format(3.5, ".1f"))
format(3.5, "d")  ### ValueError: Unknown format code 'd' for object of type 'float'
---
# Format spec on a string with a numeric option.
print(f"{'abc':>5}")
print(f"{'abc':,}")  ### ValueError: Cannot specify ',' with 's'.
---
# int.to_bytes overflow.
print((255).to_bytes(1, "big"))
(256).to_bytes(1, "big")  ### OverflowError: int too big to convert
---
# float() of a huge int.
print(float(10 ** 300))
float(10 ** 400)  ### OverflowError: int too large to convert to float
---
# Invalid escape sequence decoding.
data = b"caf\xc3\xa9"
print(data.decode("utf-8"))
b"caf\xe9".decode("ascii")  ### UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 3: ordinal not in range(128)

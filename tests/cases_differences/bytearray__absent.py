"""bytearray and memoryview are not provided.

Why: Edge Python has immutable bytes only; mutable buffers are a large surface for little use.
Workaround: build bytes from lists of ints: bytes(list_of_ints).
"""
try:
    bytearray(b"x")
except NameError as e:
    print(e)
print(bytes([104, 105]))

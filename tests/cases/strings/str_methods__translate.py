# str.maketrans and str.translate.

# === Character mapping ===
table = str.maketrans("abc", "xyz")
print("aabbccdd".translate(table))

# === Deletion with third argument ===
no_vowels = str.maketrans("", "", "aeiouAEIOU")
print("The Quick Brown Fox".translate(no_vowels))

# === Dict form: ord -> str / None ===
table2 = str.maketrans({"a": "4", "e": "3", "o": None, "s": "$$"})
print("seasons of code".translate(table2))
print({k: v for k, v in sorted(str.maketrans({"a": "1"}).items())})

# === ROT13 ===
lower = "abcdefghijklmnopqrstuvwxyz"
upper = lower.upper()
rot = str.maketrans(lower + upper, lower[13:] + lower[:13] + upper[13:] + upper[:13])
secret = "Hello, World!".translate(rot)
print(secret, secret.translate(rot))

# === Strip punctuation ===
punct = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
strip_punct = str.maketrans("", "", punct)
sentence = "Well... it's (basically) done, isn't it?!"
print(sentence.translate(strip_punct))
print(sentence.translate(strip_punct).lower().split())

# === DNA complement ===
complement = str.maketrans("ACGT", "TGCA")
dna = "ATGCGTAC"
print(dna.translate(complement), dna.translate(complement)[::-1])

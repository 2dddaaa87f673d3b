# Vigenere cipher and frequency utilities.

ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

def vigenere(text, key, decrypt=False):
    out = []
    k = 0
    for ch in text.upper():
        if ch in ALPHA:
            shift = ALPHA.index(key[k % len(key)].upper())
            if decrypt:
                shift = -shift
            out.append(ALPHA[(ALPHA.index(ch) + shift) % 26])
            k += 1
        else:
            out.append(ch)
    return "".join(out)

# === Encrypt and decrypt ===
plain = "Attack at dawn!"
cipher = vigenere(plain, "lemon")
print(cipher)
print(vigenere(cipher, "lemon", decrypt=True))

# === Letter frequencies ===
def freq(text):
    counts = [0] * 26
    for ch in text.upper():
        if ch in ALPHA:
            counts[ALPHA.index(ch)] += 1
    return counts

f = freq("The quick brown fox jumps over the lazy dog")
print(f)
print(all(c > 0 for c in f), "".join(ALPHA[i] for i, c in enumerate(f) if c > 1))

# === Brute-force a Caesar shift using a known word ===
secret = vigenere("MEET AT NOON", "D")
for shift in range(26):
    guess = vigenere(secret, ALPHA[shift], decrypt=True)
    if "NOON" in guess:
        print(shift, guess)

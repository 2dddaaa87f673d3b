# Format spec for numbers: sign, alternate form, zero padding, grouping, precision.

# === Sign options ===
for v in [5, -5, 0]:
    print(f"[{v:+}] [{v:-}] [{v: }] [{v:+d}] [{float(v): .1f}]")

# === Zero padding ===
print(f"{42:05}", f"{-42:05}", f"{3.14159:08.3f}", f"{-3.14159:08.3f}", f"{7:03d}")

# === Grouping ===
print(f"{1234567:,}", f"{1234567:_}", f"{1234567.891:,.2f}", f"{-9876543:,}")
print(f"{255:_b}", f"{0xFFFFFF:_x}", f"{1000:,d}", f"{123:,}")
print(f"{1234567:015,}", f"{1234.5:012,.2f}")

# === Alternate form # ===
print(f"{255:#b}", f"{255:#o}", f"{255:#x}", f"{255:#X}", f"{0:#x}")
print(f"{255:#010b}", f"{255:#06x}", f"{-255:#x}")

# === Precision for floats ===
x = 2 / 3
print(f"{x:.0f}", f"{x:.1f}", f"{x:.5f}", f"{x:f}", f"{x:.10f}")
print(f"{2.5:.0f}", f"{3.5:.0f}", f"{0.125:.2f}", f"{0.375:.2f}")

# === Percentages ===
for ratio in [0.5, 0.1234, 1, 0.0005]:
    print(f"{ratio:%}", f"{ratio:.1%}", f"{ratio:.0%}")

# === Money formatting helper ===
def money(amount):
    sign = "-" if amount < 0 else ""
    return f"{sign}${abs(amount):,.2f}"

for a in [0, 5, 1234.5, -1234567.891, 0.005]:
    print(money(a))

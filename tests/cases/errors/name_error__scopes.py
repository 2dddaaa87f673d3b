# A nested function refers to a name defined nowhere.
def outer():
    factor = 3
    def inner(x):
        return x * factor + offset_value_qq  ### NameError: name 'offset_value_qq' is not defined
    return inner(2)

print("calling outer")
outer()
---
# A global declaration does not create the variable.
def read_setting():
    global configured_mode_zz
    return configured_mode_zz  ### NameError: name 'configured_mode_zz' is not defined

print("reading")
read_setting()
---
# Comprehension referencing an undefined name.
values = [1, 2, 3]
print([v * 2 for v in values])
scaled = [v * multiplier_undefined for v in values]  ### NameError: name 'multiplier_undefined' is not defined
---
# A local name of another function is not visible.
def producer():
    secret_token_value = "abc"
    return len(secret_token_value)

def consumer():
    return secret_token_value.upper()  ### NameError: name 'secret_token_value' is not defined

print(producer())
consumer()

# NameError for names that were never defined or were deleted.
print("before the error")
result = 10 + undefined_quantity_zz  ### NameError: name 'undefined_quantity_zz' is not defined
---
# A function body refers to a global that does not exist.
def report():
    return "total: " + str(grand_summary_qq)  ### NameError: name 'grand_summary_qq' is not defined

print("calling report")
report()
---
# Deleting a name makes later references fail.
ephemeral_value = 42
print(ephemeral_value)
del ephemeral_value
print(ephemeral_value)  ### NameError: name 'ephemeral_value' is not defined
---
# A name used before its definition statement runs.
print("start")
helper_function_xy()  ### NameError: name 'helper_function_xy' is not defined

def helper_function_xy():
    return 1

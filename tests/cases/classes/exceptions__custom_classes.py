# User-defined exception classes with custom __init__ and __str__.

class ValidationError(Exception):
    def __init__(self, field, value, reason):
        super().__init__(field, value, reason)
        self.field = field
        self.value = value
        self.reason = reason

    def __str__(self):
        return f"{self.field}={self.value!r}: {self.reason}"

class RangeError(ValidationError):
    def __init__(self, field, value, lo, hi):
        super().__init__(field, value, f"not in [{lo}, {hi}]")
        self.lo, self.hi = lo, hi

class QuietError(Exception):
    pass

def validate(user):
    if not user.get("name"):
        raise ValidationError("name", user.get("name"), "required")
    age = user.get("age", 0)
    if not 0 <= age <= 150:
        raise RangeError("age", age, 0, 150)
    return "valid"

# === Raising and catching ===
for u in [{"name": "ann", "age": 30}, {"name": ""}, {"name": "bob", "age": 200}]:
    try:
        print(validate(u))
    except RangeError as e:
        print("RangeError:", e, "| bounds", e.lo, e.hi, "| args", e.args)
    except ValidationError as e:
        print("ValidationError:", e, "| field", e.field)

# === str, repr and args of simple exceptions ===
q = QuietError("a", 1)
print(str(q), repr(q), q.args)
print(str(QuietError()), repr(QuietError()), str(QuietError("only")))

# === Exceptions with extra state survive re-raising ===
try:
    try:
        raise RangeError("level", -1, 1, 10)
    except ValidationError:
        raise
except Exception as e:
    print(type(e).__name__, e.field, e.value, isinstance(e, ValidationError))

# === Exception class attributes ===
class CodedError(Exception):
    code = 500

class NotFound(CodedError):
    code = 404

print([(c.__name__, c.code) for c in (CodedError, NotFound)], NotFound("x").code)

# Catching exceptions through a custom hierarchy.

class AppError(Exception):
    """Base for all application errors."""

class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field

class NotFoundError(AppError):
    pass

class PermissionDenied(AppError):
    pass

def handle(request):
    if "user" not in request:
        raise ValidationError("user", "required")
    if request["user"] == "root":
        raise PermissionDenied("root is not allowed")
    if request.get("id", 0) > 100:
        raise NotFoundError(f"id {request['id']}")
    return f"ok {request['user']}"

requests = [{"user": "ann"}, {}, {"user": "root"}, {"user": "bob", "id": 500}]

# === Specific handlers before general ones ===
for req in requests:
    try:
        print(handle(req))
    except ValidationError as e:
        print("invalid field", e.field, "|", e)
    except (NotFoundError, PermissionDenied) as e:
        print(type(e).__name__, "|", e)
    except AppError:
        print("generic app error")

# === Catching the base class ===
for req in requests[1:]:
    try:
        handle(req)
    except AppError as e:
        print("AppError caught:", type(e).__name__, isinstance(e, Exception))

# === Hierarchy checks ===
print(issubclass(ValidationError, AppError), issubclass(AppError, ValidationError))
print([c.__name__ for c in NotFoundError.__mro__])
print(AppError.__doc__)

# === Built-in hierarchy ===
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(FileNotFoundError, OSError), issubclass(StopIteration, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))

# Exceptions in hot loops: raising and catching built-in and custom exceptions, finally and else blocks.


class ValidationError(Exception):
    def __init__(self, field, reason):
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


class TooLarge(ValidationError):
    pass


class Retry(Exception):
    pass


def parse_record(text):
    parts = text.split("=")
    if len(parts) != 2:
        raise ValidationError("record", "missing '='")
    key, raw = parts
    if not key:
        raise ValidationError("key", "empty")
    value = int(raw)
    if value > 900:
        raise TooLarge(key, "over 900")
    return key, value


def make_inputs(count):
    inputs = []
    state = 5
    for i in range(count):
        state = (state * 1103515245 + 12345) % 2147483648
        choice = state % 10
        number = (state >> 12) % 1000
        if choice == 0:
            inputs.append(f"k{i}")
        elif choice == 1:
            inputs.append(f"=#{number}")
        elif choice == 2:
            inputs.append(f"k{i}=x{number}")
        else:
            inputs.append(f"k{i % 50}={number}")
    return inputs


def validate_all(inputs):
    totals = {}
    errors = {}
    cleanups = 0
    for text in inputs:
        try:
            key, value = parse_record(text)
        except TooLarge as error:
            errors["too large"] = errors.get("too large", 0) + 1
            totals[error.field] = totals.get(error.field, 0) + 900
        except ValidationError as error:
            errors[error.field] = errors.get(error.field, 0) + 1
        except ValueError:
            errors["value"] = errors.get("value", 0) + 1
        else:
            totals[key] = totals.get(key, 0) + value
        finally:
            cleanups += 1
    return totals, errors, cleanups


def flaky(n, attempt):
    if (n * 7 + attempt * 3) % 5 < 2:
        raise Retry(n)
    return n * attempt


def with_retries(count):
    done = 0
    retries = 0
    for n in range(count):
        for attempt in range(1, 6):
            try:
                done += flaky(n, attempt)
                break
            except Retry:
                retries += 1
    return done, retries


def lookups(count):
    table = {i: i * i for i in range(0, 200, 3)}
    hits = 0
    misses = 0
    for i in range(count):
        try:
            hits += table[i % 200]
        except KeyError:
            misses += 1
        try:
            hits += 1000 // (i % 17)
        except ZeroDivisionError:
            misses += 1
    return hits, misses


def nested(depth):
    try:
        if depth == 0:
            raise LookupError("bottom")
        return nested(depth - 1)
    finally:
        pass


inputs = make_inputs(20000)
totals, errors, cleanups = validate_all(inputs)
print("keys", len(totals), "sum", sum(totals.values()))
print("errors", sorted(errors.items()), "cleanups", cleanups)
print("retries", with_retries(8000))
print("lookups", lookups(30000))
caught = 0
for i in range(300):
    try:
        nested(i % 40)
    except LookupError as error:
        caught += len(str(error))
print("nested", caught)
try:
    try:
        parse_record("bad")
    except ValidationError as error:
        raise RuntimeError("wrapped") from error
except RuntimeError as outer:
    print("chained", outer, "<-", outer.__cause__, isinstance(outer.__cause__, Exception))

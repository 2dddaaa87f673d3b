"""The attribute gate: every attribute a program reads, writes or deletes is decided here.

The rule is an allow-list per type, never a deny-list:
- instances of classes the program defined: their own attributes (instance dict, and anything
  found in a program class along the MRO), plus the allowed attributes of a builtin base
  (``list``, ``Exception`` ...); dunders only where the program defined them or where they are
  plain protocol methods (``PLAIN_DUNDERS``);
- values of builtin types: the names in ``gate_tables.SAFE`` (read natively) and ``GUARDED``
  (bound to size-checked replacements); nothing else;
- functions, methods, generators, exceptions, ``super`` objects: a few named attributes each;
- classes: their program-defined attributes and the allowed static methods of builtin types.

Anything else raises ``AttributeError`` with CPython's message, as if the attribute did not
exist. Guarded code reaches this module only on the slow path: the compiler emits a native
``o.name`` when ``type(o)`` is in the per-name set of types known to be safe for that name
(``native_types``), which holds program classes and builtin types with that name in ``SAFE``.
"""

from __future__ import annotations

import types

from .errors import PROGRAM_FILE
from .gate_tables import (
    CLASS_METHODS,
    EXCEPTION_ATTRS,
    GUARDED,
    INFO_DUNDERS,
    OPERATOR_DUNDERS,
    PLAIN_DUNDERS,
    SAFE,
)
from .reprs import USER_MARK, base_exception_str, exception_repr
from .sets import SetBase
from .types import REAL, ProxyMeta, shown_type, type_of
from .types import type_type as _TYPE_PROXY

_GENERATORS = (types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType)
_FUNCTION_ATTRS = INFO_DUNDERS | {"__defaults__", "__kwdefaults__", "__dict__", "__wrapped__",
                                  "__annotations__"}


def _missing(obj, name: str):
    if isinstance(obj, type):
        return AttributeError(f"type object '{_class_name(obj)}' has no attribute '{name}'")
    return AttributeError(f"'{type_of(obj).__name__}' object has no attribute '{name}'")


def _class_name(cls) -> str:
    return cls.__name__


def is_dunder(name: str) -> bool:
    return len(name) > 4 and name[:2] == "__" and name[-2:] == "__"


# -- reading ----------------------------------------------------------------------------------------
def get_attribute(obj, name: str):
    """``obj.name`` for program code."""
    cls = type(obj)
    if getattr(cls, USER_MARK, False):
        return _user_instance(obj, cls, name)
    if isinstance(obj, type):
        return _class_attribute(obj, name)
    if name == "__class__":
        return type_of(obj)
    real = _builtin_base(cls)
    if real is not None:
        return _builtin_value(obj, real, name)
    handler = _HANDLERS.get(cls)
    if handler is not None:
        return handler(obj, name)
    if isinstance(obj, BaseException):
        return _exception(obj, name)
    module_get = getattr(cls, "__edge_getattr__", None)
    if module_get is not None:
        return module_get(obj, name)
    if name in PLAIN_DUNDERS and cls.__module__ == "builtins" and hasattr(cls, name):
        return getattr(obj, name)  # iterators and views: __next__, __iter__, __len__ ...
    raise _missing(obj, name)


def _builtin_base(cls):
    return cls if cls in SAFE else None


def _call_class(cls, *args, **kwargs):
    """``type.__call__(cls, ...)``: only classes, and only as ``cls(...)`` would be called."""
    if not isinstance(cls, type):
        raise TypeError("descriptor '__call__' requires a 'type' object")
    return cls(*args, **kwargs)


def _builtin_value(obj, real: type, name: str):
    if real in _GENERATORS:
        return _generator(obj, name)
    if name in ("__init__", "__call__", "__new__"):
        raise _missing(obj, name)
    if name in SAFE[real]:
        return getattr(obj, name)
    guarded = GUARDED.get(real, {}).get(name)
    if guarded is not None:
        return BuiltinMethod(guarded, obj, name)
    if name in PLAIN_DUNDERS and hasattr(real, name):
        return getattr(obj, name)
    if name in OPERATOR_DUNDERS and hasattr(real, name):
        return _operator_method(obj, name)
    if name in INFO_DUNDERS and name == "__doc__":
        return getattr(real, "__doc__", None)
    raise _missing(obj, name)


def _user_instance(obj, cls, name: str):
    if name == "__class__":
        return type_of(obj)
    if name == "__dict__":
        try:
            return object.__getattribute__(obj, "__dict__")
        except AttributeError:
            raise _missing(obj, name) from None
    if not is_dunder(name):
        owner = _owner(cls, name)
        if owner is None or getattr(owner, USER_MARK, False) or owner is object:
            return getattr(obj, name)
        return _from_builtin_base(obj, owner, name)
    owner = _owner(cls, name)
    if owner is not None and getattr(owner, USER_MARK, False):
        return getattr(obj, name)
    if owner is not None and name in PLAIN_DUNDERS:
        return getattr(obj, name)
    if owner is not None and name in OPERATOR_DUNDERS:
        return _operator_method(obj, name)
    if name in INFO_DUNDERS and name == "__doc__":
        return getattr(cls, "__doc__", None)
    if name == "__module__":
        return cls.__module__
    if isinstance(obj, BaseException):
        return _exception(obj, name)
    instance_dict = getattr(obj, "__dict__", None)
    if instance_dict is not None and name in instance_dict:
        return instance_dict[name]
    raise _missing(obj, name)


def _owner(cls, name: str):
    """The class along ``cls.__mro__`` whose dict defines ``name`` (or None)."""
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass
    return None


def _from_builtin_base(obj, owner, name: str):
    if owner is dict and isinstance(obj, SetBase):
        raise _missing(obj, name)
    if owner in SAFE:
        return _builtin_value(obj, owner, name)
    if issubclass(owner, BaseException):
        return _exception(obj, name)
    raise _missing(obj, name)


def _exception(exc, name: str):
    if name in ("__cause__", "__context__", "__suppress_context__", "__notes__"):
        return getattr(exc, name, None) if name != "__notes__" else getattr(exc, name)
    if name == "__class__":
        return type_of(exc)
    for klass in type(exc).__mro__:
        allowed = EXCEPTION_ATTRS.get(klass)
        if allowed is not None and name in allowed:
            return getattr(exc, name)
    if name in PLAIN_DUNDERS and hasattr(type(exc), name):
        return getattr(exc, name)
    if name in OPERATOR_DUNDERS and name in ("__repr__", "__str__"):
        return _operator_method(exc, name)
    raise _missing(exc, name)


def _operator_method(obj, name: str):
    from . import operators
    return BuiltinMethod(operators.DUNDER_IMPLEMENTATIONS[name], obj, name)


# -- classes ----------------------------------------------------------------------------------------
def _class_attribute(cls, name: str):
    if name == "__call__":  # calling it is calling the class, through its proxy if it has one
        if cls is _TYPE_PROXY:
            return _call_class
        return lambda *args, **kwargs: cls(*args, **kwargs)
    if name in ("__init__", "__new__") and not getattr(cls, USER_MARK, False):
        raise _missing(cls, name)
    if isinstance(cls, ProxyMeta):
        return _builtin_class_attribute(cls, cls.__edge_real__, name)
    if getattr(cls, USER_MARK, False):
        return _user_class_attribute(cls, name)
    if cls in SAFE:
        return _builtin_class_attribute(cls, cls, name)
    if issubclass(cls, BaseException):
        return _builtin_class_attribute(cls, BaseException, name)
    raise _missing(cls, name)


def _class_info(cls, name: str):
    if isinstance(cls, ProxyMeta) and name in ("__mro__", "__bases__", "__base__"):
        cls = cls.__edge_real__
    if name == "__name__" or name == "__qualname__":
        return getattr(cls, name)
    if name == "__module__":
        return cls.__module__
    if name == "__doc__":
        return cls.__doc__
    if name == "__mro__":
        return tuple(shown_type(k) for k in cls.__mro__)
    if name == "__bases__":
        return tuple(shown_type(k) for k in cls.__bases__)
    if name == "__base__":
        return shown_type(cls.__base__) if cls.__base__ is not None else None
    if name == "__class__":
        return type_of(cls)
    raise KeyError(name)


_CLASS_INFO = frozenset("__name__ __qualname__ __module__ __doc__ __mro__ __bases__ __base__ "
                        "__class__".split())


def _user_class_attribute(cls, name: str):
    if name in _CLASS_INFO:
        return _class_info(cls, name)
    if name == "__dict__":
        return {k: v for k, v in cls.__dict__.items()
                if not k.startswith("__edge_") and k not in ("__dict__", "__weakref__")}
    owner = _owner(cls, name)
    if owner is None:
        raise _missing(cls, name)
    if getattr(owner, USER_MARK, False):
        return getattr(cls, name)
    if owner is object:
        if name in PLAIN_DUNDERS or name in OPERATOR_DUNDERS:
            return getattr(cls, name)
        raise _missing(cls, name)
    real = owner if owner in SAFE else (BaseException if issubclass(owner, BaseException) else None)
    if real is None:
        raise _missing(cls, name)
    return _builtin_class_attribute(cls, real, name)


def _builtin_class_attribute(cls, real, name: str):
    if name in _CLASS_INFO:
        return _class_info(cls, name)
    if real is object and name in _OBJECT_METHODS:
        return UnboundMethod(_OBJECT_METHODS[name], object, name, user_only=True)
    if real is BaseException:
        if name in ("__repr__", "__str__"):
            render = exception_repr if name == "__repr__" else base_exception_str
            return UnboundMethod(render, BaseException, name)
        if name in PLAIN_DUNDERS:
            return getattr(cls, name)
        for klass in getattr(cls, "__mro__", ()):
            allowed = EXCEPTION_ATTRS.get(klass)
            if allowed is not None and name in allowed and name in ("with_traceback", "add_note"):
                return getattr(cls, name)
        raise _missing(cls, name)
    if (real, name) in CLASS_METHODS:
        guarded = GUARDED.get(real, {}).get(name)
        if guarded is not None:
            return BuiltinMethod(guarded, cls, name)
        return getattr(real, name)
    if name in SAFE.get(real, ()):
        descriptor = real.__dict__.get(name)
        if real is dict or descriptor is None or not callable(descriptor):
            return UnboundMethod(getattr(real, name), real, name)
        return descriptor
    guarded = GUARDED.get(real, {}).get(name)
    if guarded is not None:
        return UnboundMethod(guarded, real, name)
    if name in PLAIN_DUNDERS and hasattr(real, name):
        return UnboundMethod(getattr(real, name), real, name)
    raise _missing(cls, name)


# -- functions, methods, generators, super ----------------------------------------------------------
def is_program_function(f) -> bool:
    return type(f) is types.FunctionType and f.__code__.co_filename == PROGRAM_FILE


def _function(f, name: str):
    program = is_program_function(f)
    if program and name in _FUNCTION_ATTRS:
        return getattr(f, name)
    if not program and name in INFO_DUNDERS:  # the runtime's own: shown as a plain builtin
        return {"__name__": f.__name__, "__qualname__": f.__name__, "__module__": "builtins",
                "__doc__": None}[name]
    if name == "__class__":
        return type_of(f)
    if program and not is_dunder(name):
        attrs = f.__dict__
        if name in attrs:
            return attrs[name]
    if name == "__call__":
        return f
    raise _missing(f, name)


def _method(m, name: str):
    if name in ("__name__", "__qualname__", "__doc__"):
        return getattr(m, name)
    if name in ("__self__", "__func__") and is_program_function(m.__func__):
        return getattr(m, name)
    if name == "__class__":
        return type_of(m)
    if name == "__call__":
        return m
    if not is_dunder(name) and is_program_function(m.__func__) and name in m.__func__.__dict__:
        return m.__func__.__dict__[name]
    raise _missing(m, name)


def _builtin_function(f, name: str):
    if name in ("__name__", "__qualname__", "__doc__"):
        return getattr(f, name)
    if name == "__class__":
        return type_of(f)
    raise _missing(f, name)


def _generator(g, name: str):
    if name in SAFE[type(g)]:
        return getattr(g, name)
    if name in ("__name__", "__qualname__"):
        return getattr(g, name)
    if name in ("__iter__", "__next__", "__aiter__", "__anext__", "__await__") and hasattr(g, name):
        return getattr(g, name)
    raise _missing(g, name)


def _super(s, name: str):
    """``super().name``: resolved along the MRO after ``__thisclass__`` with the same rules as
    plain attribute access, so a builtin base answers only what its allow-list allows."""
    target = s.__self__
    if name == "__class__":
        return super
    if target is None:
        raise AttributeError(f"'super' object has no attribute '{name}'")
    mro = s.__self_class__.__mro__
    owner = None
    for klass in mro[mro.index(s.__thisclass__) + 1:]:
        if name in klass.__dict__:
            owner = klass
            break
    if owner is None:
        raise AttributeError(f"'super' object has no attribute '{name}'")
    if getattr(owner, USER_MARK, False):
        return getattr(s, name)
    instance = not isinstance(target, type)
    if name == "__new__" and owner in _NEW:
        return _super_new(owner)
    if owner is object:
        return _super_object(target, name, instance)
    if owner is dict and issubclass(s.__self_class__, SetBase):
        raise AttributeError(f"'super' object has no attribute '{name}'")
    if owner in SAFE:
        if not instance:
            return _builtin_class_attribute(target, owner, name)
        return _super_builtin(target, owner, name)
    if issubclass(owner, BaseException):
        if name == "__init__":
            return getattr(owner, name).__get__(target)
        if name == "__repr__":
            return lambda: exception_repr(target)
        if name == "__str__":
            return lambda: base_exception_str(target)
        return _exception(target, name)
    raise AttributeError(f"'super' object has no attribute '{name}'")


def _super_new(owner):
    """``super().__new__(cls, ...)`` for a program class with an immutable builtin base: the
    arguments are converted the way the builtin's own constructor proxy converts them."""
    from .types import new_bytes, new_str, new_tuple
    convert = {str: new_str, bytes: new_bytes, tuple: new_tuple}.get(owner)

    def new(cls, *args, **kwargs):
        if not (isinstance(cls, type) and getattr(cls, USER_MARK, False) and issubclass(cls, owner)):
            raise TypeError(f"{owner.__name__}.__new__(X): X must be a program subclass of "
                            f"{owner.__name__}")
        if owner is object:
            return object.__new__(cls)
        if convert is not None and (args or kwargs):
            return owner.__new__(cls, convert(*args, **kwargs))
        return owner.__new__(cls, *args, **kwargs)
    return new


_NEW = (object, int, float, complex, str, bytes, tuple)


def _object_init_subclass(**kwargs) -> None:
    if kwargs:
        raise TypeError("object.__init_subclass__() takes no keyword arguments")


def _refuse_init(target):
    """``super().__init__(...)`` of a list or dict subclass: sized like their constructors."""
    from .types import new_dict, new_list
    if isinstance(target, list):
        return lambda *args: list.__init__(target, new_list(*args))
    return lambda *args, **kwargs: dict.__init__(target, new_dict(*args, **kwargs))


def _super_builtin(target, owner, name: str):
    """``super().name`` found on a builtin base, for an instance."""
    if name in ("__repr__", "__str__"):
        return getattr(owner, name).__get__(target)
    if name == "__init__":
        return _refuse_init(target) if owner in (list, dict) else getattr(owner, name).__get__(target)
    value = _builtin_value(target, owner, name)  # refuses what the allow-list does not hold
    if name in SAFE[owner] or name in PLAIN_DUNDERS:  # the base's own, not an override
        return getattr(owner, name).__get__(target, type(target))
    return value


def _super_object(target, name: str, instance: bool):
    if name == "__init__":
        return (lambda *args, **kwargs: object.__init__(target, *args, **kwargs)) if instance \
            else (lambda *args, **kwargs: None)
    if name == "__new__":
        return lambda cls, *args, **kwargs: _OBJECT_METHODS["__new__"](cls)
    if name in ("__setattr__", "__delattr__", "__getattribute__", "__repr__", "__str__",
                "__eq__", "__ne__", "__hash__", "__init_subclass__", "__format__"):
        if name == "__init_subclass__":
            return _object_init_subclass
        if name == "__format__":
            from .hooks import format_object
            return lambda spec: format_object(target, spec) if not spec else \
                object.__format__(target, spec)
        if name in ("__setattr__", "__delattr__", "__getattribute__") and (
                not instance or not getattr(type(target), USER_MARK, False)):
            raise AttributeError(f"'super' object has no attribute '{name}'")
        method = _OBJECT_METHODS[name]
        return lambda *args: method(target, *args)
    if name in PLAIN_DUNDERS and name in object.__dict__:
        return getattr(object, name).__get__(target)
    raise AttributeError(f"'super' object has no attribute '{name}'")


def _bound_builtin(b, name: str):
    if name in ("__name__", "__qualname__"):
        return b.name if name == "__name__" else _qualname(b)
    if name == "__class__":
        return type_of(b)
    raise _missing(b, name)


def _qualname(b) -> str:
    owner = getattr(b, "owner", None)
    real = getattr(b, "real", None) or (owner if isinstance(owner, type) else type(owner))
    return f"{getattr(real, '__name__', '?')}.{b.name}"


def _descriptor(d, name: str):
    """Methods read off builtin types (``str.upper``): their names and nothing else."""
    if name in ("__name__", "__qualname__", "__doc__"):
        return getattr(d, name)
    if name == "__class__":
        return type_of(d)
    raise _missing(d, name)


def _property(p, name: str):
    if name in SAFE[property] or name == "__doc__":
        return getattr(p, name)
    raise _missing(p, name)


def _wrapper(w, name: str):
    if name in ("__func__", "__wrapped__"):
        return w.__func__
    raise _missing(w, name)


class BuiltinMethod:
    """A builtin method bound to a size-checked implementation (``'x'.join`` and the like)."""

    __slots__ = ("func", "owner", "name")

    def __init__(self, func, owner, name: str) -> None:
        self.func, self.owner, self.name = func, owner, name

    def __call__(self, *args, **kwargs):
        return self.func(self.owner, *args, **kwargs)

    def __edge_repr__(self) -> str:
        from .reprs import address
        owner = self.owner
        kind = owner.__name__ if isinstance(owner, type) else type_of(owner).__name__
        return f"<built-in method {self.name} of {kind} object at {address(owner)}>"


class UnboundMethod:
    """A method read off a builtin type (``str.lower``), checking what it is applied to."""

    __slots__ = ("func", "real", "name", "user_only")

    def __init__(self, func, real: type, name: str, user_only: bool = False) -> None:
        self.func, self.real, self.name, self.user_only = func, real, name, user_only

    def __call__(self, *args, **kwargs):
        if not args:
            raise TypeError(f"unbound method {self.real.__name__}.{self.name}() needs an argument")
        target = args[0]
        if self.user_only:
            mine = target if isinstance(target, type) else type(target)
            if not getattr(mine, USER_MARK, False):
                raise TypeError(f"object.{self.name}() can only be applied to the program's own "
                                f"objects, not '{type_of(target).__name__}'")
            return self.func(*args, **kwargs)
        if not isinstance(target, self.real) or (self.real is dict and isinstance(target, SetBase)):
            raise TypeError(f"descriptor '{self.name}' for '{self.real.__name__}' objects doesn't "
                            f"apply to a '{type_of(target).__name__}' object")
        return self.func(*args, **kwargs)

    def __edge_repr__(self) -> str:
        return f"<method '{self.name}' of '{self.real.__name__}' objects>"


def _object_setattr(obj, name, value) -> None:
    if isinstance(obj, type) or name in _NEVER_SET:
        set_attribute(obj, name, value)  # classes: the gate's rules for class attributes
    else:
        object.__setattr__(obj, name, value)


def _object_delattr(obj, name) -> None:
    if isinstance(obj, type):
        delete_attribute(obj, name)
    else:
        object.__delattr__(obj, name)


_OBJECT_METHODS = {
    "__setattr__": _object_setattr, "__delattr__": _object_delattr,
    "__getattribute__": lambda self, name: get_attribute(self, name),
    "__new__": object.__new__, "__init__": object.__init__, "__eq__": object.__eq__,
    "__ne__": object.__ne__, "__hash__": object.__hash__,
    "__repr__": lambda self: _default_repr(self), "__str__": lambda self: _str_of(self),
}


def _default_repr(obj) -> str:
    from .reprs import address
    cls = type(obj)
    return f"<{cls.__module__}.{cls.__qualname__} object at {address(obj)}>"


def _str_of(obj) -> str:
    from .reprs import to_repr
    return to_repr(obj)


BuiltinMethod.__edge_shown_as__ = types.BuiltinFunctionType
BuiltinMethod.__name__ = BuiltinMethod.__qualname__ = "builtin_function_or_method"
UnboundMethod.__name__ = UnboundMethod.__qualname__ = "method_descriptor"
UnboundMethod.__edge_shown_as__ = type(str.upper)

_HANDLERS = {
    types.FunctionType: _function,
    types.MethodType: _method,
    types.BuiltinFunctionType: _builtin_function,
    types.GeneratorType: _generator,
    types.CoroutineType: _generator,
    types.AsyncGeneratorType: _generator,
    super: _super,
    BuiltinMethod: _bound_builtin,
    UnboundMethod: _bound_builtin,
    property: _property,
    type(str.upper): _descriptor,
    type(str.__add__): _descriptor,
    type("".__add__): _descriptor,
    type(dict.__dict__["fromkeys"]): _descriptor,
    classmethod: _wrapper,
    staticmethod: _wrapper,
}


# -- writing and deleting ---------------------------------------------------------------------------
def set_attribute(obj, name: str, value) -> None:
    """``obj.name = value`` for program code: only on objects the program made."""
    cls = type(obj)
    if getattr(cls, USER_MARK, False):
        if name in ("__class__", "__dict__") or (is_dunder(name) and name in _NEVER_SET):
            _refuse_set(obj, name)
        setattr(obj, name, value)
        return
    if isinstance(obj, type) and getattr(obj, USER_MARK, False):
        if is_dunder(name) and name not in _CLASS_SETTABLE:
            _refuse_set(obj, name)
        setattr(obj, name, value)
        from .classes import refresh_class
        refresh_class(obj)
        return
    if is_program_function(obj) and (not is_dunder(name) or name in ("__name__", "__qualname__",
                                                                      "__doc__", "__defaults__",
                                                                      "__kwdefaults__", "__wrapped__")):
        setattr(obj, name, value)
        return
    if isinstance(obj, BaseException) and name in ("__cause__", "__context__",
                                                   "__suppress_context__", "args"):
        setattr(obj, name, value)
        return
    _refuse_set(obj, name)


def delete_attribute(obj, name: str) -> None:
    cls = type(obj)
    if getattr(cls, USER_MARK, False) and not (is_dunder(name) and name in _NEVER_SET):
        delattr(obj, name)
        return
    if isinstance(obj, type) and getattr(obj, USER_MARK, False) and not is_dunder(name):
        delattr(obj, name)
        from .classes import refresh_class
        refresh_class(obj)
        return
    if is_program_function(obj) and not is_dunder(name):
        delattr(obj, name)
        return
    _refuse_set(obj, name)


def _refuse_set(obj, name: str):
    if isinstance(obj, type):
        if getattr(obj, USER_MARK, False):
            raise AttributeError(f"cannot set '{name}' attribute of class '{obj.__name__}'")
        raise TypeError(f"cannot set '{name}' attribute of immutable type '{obj.__name__}'")
    shown = type_of(obj).__name__
    if hasattr(obj, name) or (type(obj) in SAFE and name in SAFE[type(obj)]):
        raise AttributeError(f"'{shown}' object attribute '{name}' is read-only")
    raise AttributeError(f"'{shown}' object has no attribute '{name}'")


_NEVER_SET = frozenset(("__class__", "__dict__", "__weakref__"))
_CLASS_SETTABLE = PLAIN_DUNDERS | OPERATOR_DUNDERS | frozenset(("__doc__", "__match_args__"))

# -- which types may take the native fast path, per attribute name -----------------------------------
NATIVE_BUILTINS: dict[str, frozenset] = {}
for _real, _names in SAFE.items():
    for _name in _names:
        NATIVE_BUILTINS[_name] = NATIVE_BUILTINS.get(_name, frozenset()) | {_real}
del _real, _names, _name

REAL_OF_PROXY = REAL

"""``set`` and ``frozenset`` that iterate in insertion order, whatever the host's hash seed.

CPython's sets iterate in hash order, and str hashes change with PYTHONHASHSEED, so a program
printing a set of strings would print differently in every process. These classes subclass
``dict`` (keys are the elements, values are None): membership, ``len`` and iteration stay in C,
and order is insertion order. Everything a ``dict`` can do that a set cannot is shut off here or
kept out of reach by the attribute gate (which exposes only set methods on these types).
"""

from __future__ import annotations

from . import bounded

_set_item = dict.__setitem__
_del_item = dict.__delitem__
_fromkeys = dict.fromkeys
_dict_len = dict.__len__
_keys = dict.keys
_merge = dict.update
_VIEWS = (type({}.keys()), type({}.items()))


def _elements(iterable):
    """Elements of ``iterable`` (a set-like operand or any iterable), iterated with limits."""
    if isinstance(iterable, SetBase):
        return iterable
    return bounded.iterate(iterable)


class SetBase(dict):
    """Shared read-only behaviour of ``set`` and ``frozenset``."""

    __slots__ = ()

    def __init__(self, iterable=(), /):
        dict.__init__(self)
        if iterable != ():
            _merge(self, _fromkeys(_elements(iterable)))

    @classmethod
    def _from(cls, iterable):
        result = cls()
        _merge(result, _fromkeys(_elements(iterable)))
        return result

    # -- things a dict can do and a set cannot ---------------------------------------------------
    def __getitem__(self, key):
        raise TypeError(f"'{type(self).__name__}' object is not subscriptable")

    def __setitem__(self, key, value):
        raise TypeError(f"'{type(self).__name__}' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError(f"'{type(self).__name__}' object doesn't support item deletion")

    def __reversed__(self):
        raise TypeError(f"'{type(self).__name__}' object is not reversible")

    # -- comparisons ------------------------------------------------------------------------------
    def __eq__(self, other):
        if isinstance(other, SetBase):
            return _keys(self) == _keys(other)
        if type(other) in _VIEWS:
            return _keys(self) == other
        return False if isinstance(other, dict) else NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __le__(self, other):
        if not isinstance(other, SetBase):
            return NotImplemented
        return _keys(self) <= _keys(other)

    def __lt__(self, other):
        if not isinstance(other, SetBase):
            return NotImplemented
        return _keys(self) < _keys(other)

    def __ge__(self, other):
        if not isinstance(other, SetBase):
            return NotImplemented
        return other.__le__(self)

    def __gt__(self, other):
        if not isinstance(other, SetBase):
            return NotImplemented
        return other.__lt__(self)

    __hash__ = None

    # -- algebra ----------------------------------------------------------------------------------
    def _result(self, keys):
        """A new set of the left operand's kind (set for set, frozenset for frozenset)."""
        return (FrozenSet if isinstance(self, FrozenSet) else Set)._from(keys)

    def union(self, *others):
        result = self._result(self)
        for other in others:
            for key in _elements(other):
                _set_item(result, key, None)
        return result

    def intersection(self, *others):
        keys = list(self)
        for other in others:
            other = other if isinstance(other, SetBase) else Set._from(other)
            keys = [k for k in keys if k in other]
        return self._result(keys)

    def difference(self, *others):
        keys = list(self)
        for other in others:
            other = other if isinstance(other, SetBase) else Set._from(other)
            keys = [k for k in keys if k not in other]
        return self._result(keys)

    def symmetric_difference(self, other, /):
        other = other if isinstance(other, SetBase) else Set._from(other)
        keys = [k for k in self if k not in other] + [k for k in other if k not in self]
        return self._result(keys)

    def issubset(self, other, /):
        other = other if isinstance(other, SetBase) else Set._from(other)
        return _keys(self) <= _keys(other)

    def issuperset(self, other, /):
        return all(k in self for k in _elements(other))

    def isdisjoint(self, other, /):
        return not any(k in self for k in _elements(other))

    def copy(self):
        return self._result(self)

    def _binary(self, other, method):
        if not isinstance(other, SetBase):
            if isinstance(other, dict):
                raise TypeError(f"unsupported operand type(s): '{type(self).__name__}' and 'dict'")
            return NotImplemented
        return method(self, other)

    def __or__(self, other):
        return self._binary(other, SetBase.union)

    def __and__(self, other):
        return self._binary(other, SetBase.intersection)

    def __sub__(self, other):
        return self._binary(other, SetBase.difference)

    def __xor__(self, other):
        return self._binary(other, SetBase.symmetric_difference)

    def __ror__(self, other):
        return self._reflected(other, "|", SetBase.union)

    def __rand__(self, other):
        return self._reflected(other, "&", SetBase.intersection)

    def __rsub__(self, other):
        return self._reflected(other, "-", SetBase.difference)

    def __rxor__(self, other):
        return self._reflected(other, "^", SetBase.symmetric_difference)

    def _reflected(self, other, op, method):
        if isinstance(other, SetBase):
            return method(other, self)
        if isinstance(other, dict):
            raise TypeError(f"unsupported operand type(s) for {op}: "
                            f"'{type(other).__name__}' and '{type(self).__name__}'")
        return NotImplemented

    def __repr__(self):
        from .reprs import repr_set
        return repr_set(self)

    def __reduce__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")


class Set(SetBase):
    """The program's ``set``."""

    __slots__ = ()

    def add(self, element, /):
        _set_item(self, element, None)

    def remove(self, element, /):
        if element not in self:
            raise KeyError(element)
        _del_item(self, element)

    def discard(self, element, /):
        if element in self:
            _del_item(self, element)

    def pop(self):
        if not _dict_len(self):
            raise KeyError("pop from an empty set")
        return dict.popitem(self)[0]

    def clear(self):
        dict.clear(self)

    def update(self, *others):
        for other in others:
            for key in _elements(other):
                _set_item(self, key, None)

    def intersection_update(self, *others):
        keep = SetBase.intersection(self, *others)
        dict.clear(self)
        dict.update(self, keep)

    def difference_update(self, *others):
        for other in others:
            for key in list(_elements(other)):
                if key in self:
                    _del_item(self, key)

    def symmetric_difference_update(self, other, /):
        other = other if isinstance(other, SetBase) else Set._from(other)
        for key in other:
            if key in self:
                _del_item(self, key)
            else:
                _set_item(self, key, None)

    def __ior__(self, other):
        if not isinstance(other, SetBase):
            return NotImplemented
        self.update(other)
        return self

    def __iand__(self, other):
        if not isinstance(other, SetBase):
            return NotImplemented
        self.intersection_update(other)
        return self

    def __isub__(self, other):
        if not isinstance(other, SetBase):
            return NotImplemented
        self.difference_update(other)
        return self

    def __ixor__(self, other):
        if not isinstance(other, SetBase):
            return NotImplemented
        self.symmetric_difference_update(other)
        return self


class FrozenSet(SetBase):
    """The program's ``frozenset``: hashable, so its hash is cached once computed."""

    __slots__ = ("_hash",)

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            value = 0
            for key in self:
                h = hash(key)
                value ^= ((h ^ (h << 16) ^ 89869747) * 3644798167) & 0xFFFFFFFFFFFFFFFF
            value = (value ^ (_dict_len(self) + 1) * 1927868237) & 0x7FFFFFFFFFFFFFFF
            self._hash = value
            return value

    def __ior__(self, other):
        return self.__or__(other)


Set.__name__ = Set.__qualname__ = "set"
FrozenSet.__name__ = FrozenSet.__qualname__ = "frozenset"
for _cls in (Set, FrozenSet):
    _cls.__module__ = "builtins"
del _cls

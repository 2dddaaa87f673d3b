# super() on a str or list subclass reaches the builtin method, not the override calling it.

class S(str):
    def join(self, xs):
        return "<" + super().join(xs) + ">"
    def upper(self):
        return "U" + super().upper()
    def split(self, sep=None):
        return ["S"] + super().split(sep)
    def __len__(self):
        return super().__len__() + 100
class L(list):
    def __len__(self):
        return super().__len__() * 2
    def __iter__(self):
        return iter(["it"] + list(super().__iter__()))
    def __getitem__(self, i):
        return ("got", super().__getitem__(i))
print(S("-").join(["a", "b"]), S("ab").upper(), S("a b").split(), len(S("ab")))
l = L([1, 2])
print(len(l), l[0], list(super(L, l).__iter__()))

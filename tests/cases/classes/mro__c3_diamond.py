# Multiple inheritance and C3 method resolution order.

class Base:
    def who(self):
        return ["Base"]

class Left(Base):
    def who(self):
        return ["Left"] + super().who()

class Right(Base):
    def who(self):
        return ["Right"] + super().who()

class Child(Left, Right):
    def who(self):
        return ["Child"] + super().who()

# === Diamond: each class visited once, Base last ===
print([c.__name__ for c in Child.__mro__])
print(Child().who())

# === Order of bases matters ===
class Other(Right, Left):
    pass

print([c.__name__ for c in Other.__mro__])
print(Other().who())

# === Deeper hierarchy ===
class A: pass
class B(A): pass
class C(A): pass
class D(B): pass
class E(C): pass
class F(D, E): pass

print([c.__name__ for c in F.__mro__])

# === Classic example from the C3 paper ===
class O: pass
class K1(O): pass
class K2(O): pass
class K3(O): pass
class X1(K1, K2): pass
class X2(K2, K3): pass
class Z(X1, X2): pass

print([c.__name__ for c in Z.__mro__])

# === Inconsistent MRO is rejected ===
try:
    class Bad(A, B):
        pass
except TypeError:
    print("TypeError: inconsistent MRO")

"""Classes cannot choose a metaclass, and cannot define __del__.

Why: a metaclass or a finalizer runs program code at moments the sandbox does not control
(class creation by a host type, garbage collection after the run ended).
Workaround: use a class decorator or __init_subclass__.
"""
class Base:
    def __del__(self):
        pass

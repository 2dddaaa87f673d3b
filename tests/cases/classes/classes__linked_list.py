# A singly linked list with Python protocols.

class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push(item)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        node = self.head
        self.head = node.next
        self.size -= 1
        return node.value

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __repr__(self):
        return "LinkedList([" + " -> ".join(map(repr, self)) + "])"

ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), 2 in ll, 9 in ll)
ll.reverse()
print(ll, list(ll), sum(ll))
print(ll.pop(), ll.pop(), ll)
empty = LinkedList()
print(empty, len(empty), bool(empty))
try:
    empty.pop()
except IndexError as e:
    print("IndexError:", e)
print(LinkedList("abc"), max(LinkedList([4, 9, 2])))

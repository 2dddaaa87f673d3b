# Recursion: binary trees built and walked recursively, Ackermann(2, n) and Towers of Hanoi.


def make_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tree(depth), make_tree(depth))


def count_nodes(node):
    left, right = node
    if left is None:
        return 1
    return 1 + count_nodes(left) + count_nodes(right)


def tree_height(node):
    left, right = node
    if left is None:
        return 0
    return 1 + max(tree_height(left), tree_height(right))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def hanoi(disks, source, target, spare, moves):
    if disks == 0:
        return
    hanoi(disks - 1, source, spare, target, moves)
    moves[source + target] = moves.get(source + target, 0) + 1
    hanoi(disks - 1, spare, target, source, moves)


total = 0
for depth in range(5, 16, 2):
    tree = make_tree(depth)
    nodes = count_nodes(tree)
    total += nodes
    print("depth", depth, "nodes", nodes, "height", tree_height(tree))
print("total nodes", total)
print("ackermann", [ackermann(2, n) for n in range(0, 30, 5)])
moves = {}
hanoi(14, "A", "C", "B", moves)
print("hanoi", sum(moves.values()), sorted(moves.items()))

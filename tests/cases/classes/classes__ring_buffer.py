# A fixed-size ring buffer class.

class RingBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = [None] * capacity
        self.start = 0
        self.count = 0

    def push(self, value):
        end = (self.start + self.count) % self.capacity
        self.data[end] = value
        if self.count == self.capacity:
            self.start = (self.start + 1) % self.capacity
        else:
            self.count += 1

    def pop(self):
        if not self.count:
            raise IndexError("pop from empty buffer")
        value = self.data[self.start]
        self.start = (self.start + 1) % self.capacity
        self.count -= 1
        return value

    def __len__(self):
        return self.count

    def __getitem__(self, i):
        if not -self.count <= i < self.count:
            raise IndexError("ring index out of range")
        return self.data[(self.start + i % self.count) % self.capacity]

    def __repr__(self):
        return f"RingBuffer({[self[i] for i in range(self.count)]}, cap={self.capacity})"

rb = RingBuffer(3)
for v in range(1, 6):
    rb.push(v)
    print(rb)
print(len(rb), rb[0], rb[-1], list(rb), 4 in rb)
print(rb.pop(), rb.pop(), rb)
rb.push("x"); rb.push("y")
print(rb, rb[1])
try:
    rb[5]
except IndexError as e:
    print("IndexError:", e)

# === Moving average over the last N values ===
window = RingBuffer(4)
averages = []
for sample in [10, 20, 30, 40, 50, 60]:
    window.push(sample)
    averages.append(sum(window) / len(window))
print(averages)

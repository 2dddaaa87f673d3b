# Classes with methods and properties: a small 2-D particle simulation in a box.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return f"Vec({self.x:.4f}, {self.y:.4f})"


class Particle:
    count = 0

    def __init__(self, pos, vel, mass):
        self.pos = pos
        self.vel = vel
        self._mass = mass
        self.bounces = 0
        Particle.count += 1

    @property
    def mass(self):
        return self._mass

    @property
    def energy(self):
        return 0.5 * self._mass * self.vel.norm2

    @property
    def momentum(self):
        return self.vel * self._mass

    def step(self, dt, gravity, size):
        self.vel = self.vel + gravity * dt
        self.pos = self.pos + self.vel * dt
        if self.pos.x < 0 or self.pos.x > size:
            self.vel = Vec(-self.vel.x * 0.9, self.vel.y)
            self.pos = Vec(min(max(self.pos.x, 0.0), size), self.pos.y)
            self.bounces += 1
        if self.pos.y < 0 or self.pos.y > size:
            self.vel = Vec(self.vel.x, -self.vel.y * 0.9)
            self.pos = Vec(self.pos.x, min(max(self.pos.y, 0.0), size))
            self.bounces += 1


class World:
    def __init__(self, n, size):
        self.size = size
        self.gravity = Vec(0.0, -9.81)
        self.particles = []
        state = 12345
        for _ in range(n):
            values = []
            for _ in range(5):
                state = (state * 1103515245 + 12345) % 2147483648
                values.append(state / 2147483648)
            pos = Vec(values[0] * size, values[1] * size)
            vel = Vec(values[2] * 20 - 10, values[3] * 20 - 10)
            self.particles.append(Particle(pos, vel, 1.0 + values[4] * 4))

    @property
    def total_energy(self):
        return sum(p.energy for p in self.particles)

    def centre_of_mass(self):
        total = sum(p.mass for p in self.particles)
        acc = Vec(0.0, 0.0)
        for p in self.particles:
            acc = acc + p.pos * p.mass
        return acc * (1 / total)

    def run(self, steps, dt):
        for _ in range(steps):
            for p in self.particles:
                p.step(dt, self.gravity, self.size)


world = World(120, 100.0)
print("particles", Particle.count)
print("energy before", f"{world.total_energy:.6f}")
world.run(200, 0.01)
print("energy after", f"{world.total_energy:.6f}")
print("centre", world.centre_of_mass())
print("bounces", sum(p.bounces for p in world.particles))
fastest = max(world.particles, key=lambda p: p.vel.norm2)
print("fastest", fastest.pos, fastest.vel, f"{fastest.mass:.3f}")
momentum = Vec(0.0, 0.0)
for p in world.particles:
    momentum = momentum + p.momentum
print("momentum", momentum, f"{momentum.dot(Vec(1.0, 1.0)):.6f}")

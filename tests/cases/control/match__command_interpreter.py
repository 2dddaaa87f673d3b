# A small command interpreter driven by match.

def run(script):
    stack = []
    env = {}
    output = []
    for line in script.strip().splitlines():
        match line.split():
            case []:
                continue
            case ["push", value] if value.lstrip("-").isdigit():
                stack.append(int(value))
            case ["push", name]:
                stack.append(env.get(name, 0))
            case ["pop"]:
                stack.pop()
            case ["add" | "mul" as op]:
                b, a = stack.pop(), stack.pop()
                stack.append(a + b if op == "add" else a * b)
            case ["store", name]:
                env[name] = stack.pop()
            case ["print"]:
                output.append(str(stack[-1]) if stack else "<empty>")
            case ["print", *words]:
                output.append(" ".join(words))
            case ["repeat", count, *cmd] if count.isdigit():
                for _ in range(int(count)):
                    output.extend(run(" ".join(cmd)))
            case [cmd, *args]:
                output.append(f"error: unknown {cmd} {args}")
    return output

program = """
push 6
push 7
mul
print
store answer
push answer
push -2
add
print
print hello world
repeat 2 print hi
frobnicate 1 2

print
"""
for line in run(program):
    print(line)

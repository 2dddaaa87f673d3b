# A small interpreter: an assembler and a stack-machine bytecode interpreter running a few programs.


def assemble(source):
    labels = {}
    instructions = []
    for line in source.strip().split("\n"):
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(instructions)
            continue
        parts = line.split()
        instructions.append([parts[0].upper()] + parts[1:])
    code = []
    for op, *args in instructions:
        if op in ("JMP", "JZ", "JNZ", "CALL"):
            code.append((op, labels[args[0]]))
        elif op == "PUSH":
            code.append((op, int(args[0])))
        elif op in ("LOAD", "STORE"):
            code.append((op, args[0]))
        else:
            code.append((op, None))
    return code


def execute(code, max_steps):
    stack = []
    frames = []
    variables = {}
    output = []
    pc = 0
    steps = 0
    while pc < len(code) and steps < max_steps:
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == "PUSH":
            stack.append(arg)
        elif op == "LOAD":
            stack.append(variables[arg])
        elif op == "STORE":
            variables[arg] = stack.pop()
        elif op == "ADD":
            b = stack.pop()
            stack.append(stack.pop() + b)
        elif op == "SUB":
            b = stack.pop()
            stack.append(stack.pop() - b)
        elif op == "MUL":
            b = stack.pop()
            stack.append(stack.pop() * b)
        elif op == "MOD":
            b = stack.pop()
            stack.append(stack.pop() % b)
        elif op == "LT":
            b = stack.pop()
            stack.append(1 if stack.pop() < b else 0)
        elif op == "DUP":
            stack.append(stack[-1])
        elif op == "SWAP":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == "POP":
            stack.pop()
        elif op == "JMP":
            pc = arg
        elif op == "JZ":
            if stack.pop() == 0:
                pc = arg
        elif op == "JNZ":
            if stack.pop() != 0:
                pc = arg
        elif op == "CALL":
            frames.append(pc)
            pc = arg
        elif op == "RET":
            pc = frames.pop()
        elif op == "PRINT":
            output.append(stack.pop())
        elif op == "HALT":
            break
        else:
            raise ValueError("bad opcode " + op)
    return output, steps


SUM_OF_SQUARES = """
    push 0
    store total
    push 0
    store i
loop:
    load i
    push 3000
    lt
    jz done
    load i
    dup
    mul
    load total
    add
    store total
    load i
    push 1
    add
    store i
    jmp loop
done:
    load total
    print
    halt
"""

GCD_TABLE = """
    push 0
    store acc
    push 1
    store a
outer:
    load a
    push 70
    lt
    jz finish
    push 1
    store b
inner:
    load b
    push 70
    lt
    jz next_a
    load a
    load b
    call gcd
    load acc
    add
    store acc
    load b
    push 1
    add
    store b
    jmp inner
next_a:
    load a
    push 1
    add
    store a
    jmp outer
finish:
    load acc
    print
    halt
gcd:            ; ( x y -- gcd(x, y) )
    store y
    store x
gcd_loop:
    load y
    jz gcd_end
    load x
    load y
    mod
    load y
    store x
    store y
    jmp gcd_loop
gcd_end:
    load x
    ret
"""

code = assemble(SUM_OF_SQUARES)
print("sum of squares", execute(code, 10**6))
gcd_code = assemble(GCD_TABLE)
print("gcd table", execute(gcd_code, 10**6))
print("instructions", len(code), len(gcd_code))

# Dynamic programming with 2D lists.

def lcs(a, b):
    n, m = len(a), len(b)
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n):
        for j in range(m):
            dp[i + 1][j + 1] = dp[i][j] + 1 if a[i] == b[j] else max(dp[i][j + 1], dp[i + 1][j])
    out = []
    i, j = n, m
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return dp[n][m], "".join(reversed(out))

def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]

# === LCS ===
for a, b in [("ABCBDAB", "BDCABA"), ("kitten", "sitting"), ("", "abc"), ("same", "same")]:
    print(a, b, lcs(a, b))

# === Edit distance ===
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("abc", "abc"), ("intention", "execution")]:
    print(a, b, edit_distance(a, b))

# === Coin change count and minimum ===
coins = [1, 5, 10, 25]
ways = [1] + [0] * 100
for c in coins:
    for v in range(c, 101):
        ways[v] += ways[v - c]
print(ways[100], ways[30])
INF = float("inf")
best = [0] + [INF] * 63
for v in range(1, 64):
    best[v] = min(best[v - c] + 1 for c in coins if c <= v)
print(best[63], best[30])

# 20,000 claims quoting one sentence an article holds 20,000 times: each quote looked
# for once, each claim an error naming the first places.
open("a.txt", "w").write("Crime rose by 5%. " * 20000 + "\n")
lines = []
for i in range(20000):
    lines += [f'claim c{i} in "a.txt":', '  quote "Crime rose by 5%"']
open("main.claims", "w").write("\n".join(lines) + "\n")

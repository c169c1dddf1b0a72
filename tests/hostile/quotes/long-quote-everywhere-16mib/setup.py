# A 9,999-character quote a 16 MiB article holds at every other byte, overlapping:
# counted in full in one scan.
open("a.txt", "w").write("a " * (8 << 20))
quote = "a " * 4999 + "a"
open("main.claims", "w").write('let x = 1\nclaim c in "a.txt":\n  quote "' + quote + '"\n  check x is 1\n')

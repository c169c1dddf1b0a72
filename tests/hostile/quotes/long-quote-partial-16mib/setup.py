# A 10,000-character quote every window of which a 16 MiB article holds at every other
# byte, but not the whole: one linear scan, not the quote compared at each place.
open("a.txt", "w").write("a " * (8 << 20))
quote = "a " * 4999 + "b"
open("main.claims", "w").write('let x = 1\nclaim c in "a.txt":\n  quote "' + quote + '"\n  check x is 1\n')

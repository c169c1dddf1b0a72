# One unique quote at the end of a 16 MiB article of other sentences.
open("a.txt", "w").write("Nothing was said about it. " * 620000 + "In all 5,653 crimes were recorded.\n")
open("main.claims", "w").write('let x = 5653\nclaim c in "a.txt":\n  quote "5,653 crimes were recorded"\n  check x is 5,653\n')

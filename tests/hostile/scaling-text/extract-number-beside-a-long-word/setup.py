# A number joined by no space to 20,000 letters: the smallest quote holding it is too long.
open("a.txt", "w").write("Up 5% " + "x" * 20000 + "5\n")

# a.claims -> b.claims -> a.claims: a loop, named at the use.
import os
os.symlink("b.claims", "a.claims")
os.symlink("a.claims", "b.claims")

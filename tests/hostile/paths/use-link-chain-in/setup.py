# a -> lib/b -> ../counts.claims: a chain of links that stays inside is followed and read.
import os
os.makedirs("lib")
os.symlink("lib/b.claims", "a.claims")
os.symlink("../counts.claims", "lib/b.claims")

# t.csv -> t.csv: a link to itself.
import os
os.symlink("t.csv", "t.csv")

# t.csv -> data/t.csv, and no data/: a link to nothing, never "no such file" alone.
import os
os.symlink("data/t.csv", "t.csv")

# t.csv -> data/t.csv -> real.csv: followed and read.
import os
os.symlink("data/t.csv", "t.csv")
os.symlink("real.csv", "data/t.csv")

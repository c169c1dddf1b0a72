# t.csv -> /dev/zero, allowed outside: endless bytes, refused unread.
import os
os.symlink("/dev/zero", "t.csv")

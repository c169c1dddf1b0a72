# extract of a FIFO with no writer.
import os
os.mkfifo("a.txt")

# A FIFO with no writer as an article: an error at the claim, exit 2.
import os
os.mkfifo("a.txt")

# A FIFO with no writer as a table: open() would wait for ever.
import os
os.mkfifo("t.csv")

# A FIFO with no writer, named on the command line as a claims file: opening it would block for ever.
import os
os.mkfifo("named.claims")

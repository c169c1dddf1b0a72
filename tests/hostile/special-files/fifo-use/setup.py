# A FIFO with no writer as a used claims file.
import os
os.mkfifo("counts.claims")

# extract --output onto a FIFO, --force.
import os
os.mkfifo("a.claims")

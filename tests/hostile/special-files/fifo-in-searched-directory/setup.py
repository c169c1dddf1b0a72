# A FIFO named b.claims in a directory searched for claims files.
import os
os.mkfifo("dir/b.claims")

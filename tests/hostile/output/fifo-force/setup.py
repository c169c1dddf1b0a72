# --output onto a FIFO, --force: refused, --force not suggested.
import os
os.mkfifo("report.txt")

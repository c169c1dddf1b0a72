# --output onto a FIFO without --force: refused, --force not suggested.
import os
os.mkfifo("report.txt")

# --output onto a loop of links.
import os
os.symlink("other.txt", "report.txt")
os.symlink("report.txt", "other.txt")

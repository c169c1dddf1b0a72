# --output onto a link to nothing.
import os
os.symlink("gone/report.txt", "report.txt")

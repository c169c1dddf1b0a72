# report.txt -> /dev/full, --force: the device is not replaced.
import os
os.symlink("/dev/full", "report.txt")

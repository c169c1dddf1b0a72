# r -> /: claim ... in "r/../etc/passwd" would embed a system file in the report.
import os
os.symlink("/", "r")

# r -> /: use "r/../etc/passwd" reads /etc/passwd, lexically etc/passwd inside.
import os
os.symlink("/", "r")

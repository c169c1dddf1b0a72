# data -> /usr/share: data/../../etc/passwd is /etc/passwd to the kernel.
import os
os.symlink("/usr/share", "data")

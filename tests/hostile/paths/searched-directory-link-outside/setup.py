# dir/evil.claims -> /etc/passwd: found by searching dir, it may not leave the project.
import os
os.symlink("/etc/passwd", "dir/evil.claims")

# a -> b -> c -> /etc/passwd: a chain of links, out at its end.
import os
os.symlink("b.claims", "a.claims")
os.symlink("lib/c.claims", "b.claims")
os.makedirs("lib")
os.symlink("/etc/passwd", "lib/c.claims")

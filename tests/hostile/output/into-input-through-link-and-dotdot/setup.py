# lnk -> sub/deep: the article lnk/../a.txt is sub/a.txt to the kernel (a.txt here is a
# decoy), and --output sub/a.txt is one of the run's inputs, found through the link.
import os
os.makedirs("sub/deep")
os.symlink("sub/deep", "lnk")

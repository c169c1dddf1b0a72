# lnk -> ../elsewhere/sub inside proj: lexically lnk/.. is proj, the kernel goes to elsewhere.
import os
os.makedirs("elsewhere/sub")
os.symlink("../elsewhere/sub", "proj/lnk")

# proj/out -> ../elsewhere, elsewhere/back -> ../proj: out and back in, the file is inside.
import os
os.makedirs("elsewhere")
os.symlink("../elsewhere", "proj/out")
os.symlink("../proj", "elsewhere/back")

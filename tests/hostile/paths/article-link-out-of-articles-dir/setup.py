# arts/a.txt -> ../a.txt: inside the project, outside --articles arts.
import os
os.makedirs("arts")
os.symlink("../a.txt", "arts/a.txt")

# A directory by the article's name.
import os
os.makedirs("a.txt")

# --output onto a directory, --force.
import os
os.makedirs("out")

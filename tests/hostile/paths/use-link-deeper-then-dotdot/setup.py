# in -> sub/deep: in/../../counts.claims is lexically outside, and in fact inside.
import os
os.makedirs("sub/deep")
os.symlink("sub/deep", "in")

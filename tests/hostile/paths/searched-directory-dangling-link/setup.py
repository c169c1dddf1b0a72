# dir/b.claims -> missing.claims: not skipped in silence.
import os
os.symlink("missing.claims", "dir/b.claims")

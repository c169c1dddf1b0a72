# gone.claims -> nowhere.claims: a link to nothing, named with where it points.
import os
os.symlink("nowhere.claims", "gone.claims")

# report.txt -> main.claims: through a link, still one of the run's inputs.
import os
os.symlink("main.claims", "report.txt")

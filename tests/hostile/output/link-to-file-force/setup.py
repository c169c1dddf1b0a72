# report.txt -> old/report.txt, --force: written through the link (e2e checks the link stays).
import os
os.symlink("old/report.txt", "report.txt")

# A FIFO as house-style.claims in the rules directory.
import os
os.makedirs("myrules")
os.mkfifo("myrules/house-style.claims")

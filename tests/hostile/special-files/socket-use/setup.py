# A Unix socket as a used claims file.
import os
import socket
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.bind("counts.claims")
s.close()

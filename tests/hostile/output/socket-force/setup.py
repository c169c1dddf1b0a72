# --output onto a Unix socket, --force.
import os
import socket
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.bind("report.txt")
s.close()

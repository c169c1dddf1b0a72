# A throwaway PostgreSQL server for the end-to-end tests (standard library only).
"""Cluster() runs Debian's PostgreSQL (the `postgresql` package .ci/setup installs) as an
unprivileged cluster in a temporary directory, listening on a Unix socket there only (no TCP),
trusting local connections, and stops it and removes the directory on leaving the `with` block
(or at exit). initdb refuses to run as root: as root, the server runs as the `postgres` user the
Debian package creates. When no PostgreSQL server binaries are installed, the test is skipped.

    with pg_cluster.Cluster() as pg:
        pg.sql("CREATE TABLE t (a integer)")
        pg.conninfo()  # "host=/tmp/... port=... user=claimcheck dbname=postgres"
"""
import atexit
import glob
import os
import random
import shutil
import subprocess
import tempfile

import claimcheck_e2e as e2e

USER = "claimcheck"  # the cluster's superuser: tests connect as it


def bindir():
    """The directory of initdb, pg_ctl and psql, or None."""
    try:
        found = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True).stdout.strip()
        if os.path.isfile(os.path.join(found, "initdb")):
            return found
    except FileNotFoundError:
        pass
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return os.path.dirname(candidates[-1]) if candidates else None


class Cluster:
    def __init__(self, settings=()):
        self.bin = bindir()
        if not self.bin:
            e2e.skip("needs PostgreSQL's server (Debian's postgresql package; .ci/setup installs it)")
        self.settings = list(settings)  # extra postgresql.conf lines
        self.root = tempfile.mkdtemp(prefix="claimcheck-pg-")
        self.data = os.path.join(self.root, "data")
        self.port = random.randint(20000, 60000)
        self.as_user = []
        if os.geteuid() == 0:
            if shutil.which("runuser") is None:
                e2e.skip("runs as root, and has no runuser to start PostgreSQL as an unprivileged user")
            shutil.chown(self.root, "postgres", "postgres")
            self.as_user = ["runuser", "-u", "postgres", "--"]
        self.running = False
        atexit.register(self.stop)

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.stop()

    def server(self, program, *args):
        subprocess.run([*self.as_user, os.path.join(self.bin, program), *args], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120)

    def start(self):
        self.server("initdb", "-D", self.data, "-U", USER, "-A", "trust", "-E", "UTF8", "--locale=C",
                    "--no-sync", "--no-instructions")
        with open(os.path.join(self.data, "postgresql.conf"), "a", encoding="utf-8") as conf:
            conf.write(f"listen_addresses = ''\nunix_socket_directories = '{self.root}'\nport = {self.port}\n"
                       "fsync = off\n" + "".join(line + "\n" for line in self.settings))
        self.server("pg_ctl", "-D", self.data, "-l", os.path.join(self.root, "log"), "-w", "-s", "start")
        self.running = True

    def stop(self):
        if self.running:
            self.running = False
            subprocess.run([*self.as_user, os.path.join(self.bin, "pg_ctl"), "-D", self.data, "-m", "fast",
                            "-w", "-s", "stop"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
        if os.path.isdir(self.root):
            shutil.rmtree(self.root, ignore_errors=True)

    def log(self):
        """What the server has logged so far."""
        with open(os.path.join(self.root, "log"), encoding="utf-8", errors="replace") as f:
            return f.read()

    def conninfo(self, dbname="postgres"):
        return f"host={self.root} port={self.port} user={USER} dbname={dbname}"

    def psql(self, sql, dbname="postgres", stdin=None):
        """Runs SQL (several statements may follow each other) and returns what psql prints, unaligned."""
        done = subprocess.run([os.path.join(self.bin, "psql"), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
                               "-h", self.root, "-p", str(self.port), "-U", USER, "-d", dbname, "-c", sql],
                              input=stdin, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"psql failed on {sql[:200]!r}: {done.stderr}")
        return done.stdout

    def copy_in(self, table, csv_text, dbname="postgres"):
        """Loads CSV text (with its header row) into a table with COPY."""
        self.psql(f"COPY {table} FROM STDIN WITH (FORMAT csv, HEADER true)", dbname, stdin=csv_text)

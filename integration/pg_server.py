"""A throw-away PostgreSQL 15 for integration tests (Debian's postgresql-15: initdb and pg_ctl).

Its own temp dir, a unix socket in that dir only (no TCP port), run as the `postgres` user (or
`nobody`) since PostgreSQL refuses root. Stopped by pg_ctl on its own data directory only.
"""

import os
import pwd
import shutil
import subprocess
import tempfile

BIN = "/usr/lib/postgresql/15/bin"
PORT = 54329  # names the socket file inside our own directory; no TCP listener


def available():
    return os.path.exists(os.path.join(BIN, "initdb")) and os.path.exists(os.path.join(BIN, "pg_ctl"))


class PgServer:
    def __init__(self):
        self.root = tempfile.mkdtemp(prefix="aup-it-pg-")
        self.data = os.path.join(self.root, "data")
        self.log = os.path.join(self.root, "server.log")
        self.run_as = []
        if os.geteuid() == 0:
            try:
                user = pwd.getpwnam("postgres")
            except KeyError:
                user = pwd.getpwnam("nobody")
            os.chown(self.root, user.pw_uid, user.pw_gid)
            self.run_as = ["runuser", "-u", user.pw_name, "--"]

    def _run(self, *args, check=True):
        return subprocess.run(self.run_as + list(args), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              timeout=120, check=check)

    def _pg_ctl(self, *args, check=True):
        options = "-c listen_addresses='' -c unix_socket_directories='%s' -p %d" % (self.root, PORT)
        return self._run(os.path.join(BIN, "pg_ctl"), "-D", self.data, "-l", self.log, "-o", options, *args,
                         check=check)

    def start(self):
        self._run(os.path.join(BIN, "initdb"), "-D", self.data, "-U", "aup", "--auth=trust", "-E", "UTF8",
                  "--locale=C.UTF-8")
        self._pg_ctl("start", "-w", "-t", "60")
        self.psql("CREATE DATABASE quarantine", database="postgres")
        return self

    def restart(self):
        """A fast restart: every session is cut, as in a failover."""
        self._pg_ctl("restart", "-m", "fast", "-w", "-t", "60")

    def stop(self):
        if os.path.exists(os.path.join(self.data, "postmaster.pid")):
            self._pg_ctl("stop", "-m", "immediate", check=False)
        if os.environ.get("AUP_KEEP_TMP") != "1":
            shutil.rmtree(self.root, ignore_errors=True)

    def dsn(self, database="quarantine"):
        return "host=%s port=%d user=aup dbname=%s" % (self.root, PORT, database)

    def psql(self, sql, database="quarantine"):
        """Rows of one query, as lists of strings."""
        result = subprocess.run([os.path.join(BIN, "psql"), "-X", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1",
                                 "-d", self.dsn(database), "-c", sql],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
        if result.returncode != 0:
            raise RuntimeError("psql %s: %s" % (sql, result.stderr.decode(errors="replace")))
        return [line.split("\t") for line in result.stdout.decode().splitlines() if line]

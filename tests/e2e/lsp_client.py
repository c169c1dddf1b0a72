"""A Language Server Protocol client for the tests: Content-Length framing over a
child process's standard input and output, every message kept for a transcript."""
import json
import subprocess
import threading


def shortened(message, keep=6):
    """The message as the transcript shows it: a long completion list cut to its first items."""
    result = message.get("result")
    if isinstance(result, dict) and len(result.get("items", [])) > keep:
        items = result["items"]
        cut = items[:keep] + [f"... and {len(items) - keep} more items"]
        return {**message, "result": {**result, "items": cut}}
    return message


class Client:
    def __init__(self, binary, *args, cwd=None):
        self.process = subprocess.Popen([binary, "lsp", *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, cwd=cwd)
        self.transcript = []
        self.pending = []  # notifications read while waiting for a reply
        self.next_id = 1
        self.stderr = b""
        self._stderr_reader = threading.Thread(target=self._read_stderr, daemon=True)
        self._stderr_reader.start()

    def _read_stderr(self):
        self.stderr = self.process.stderr.read()

    def note(self, text):
        self.transcript.append(f"# {text}")

    def send_raw(self, data, what):
        self.transcript.append(f"--> {what}")
        self.process.stdin.write(data)
        self.process.stdin.flush()

    def send(self, message):
        body = json.dumps(message).encode()
        self.transcript.append("--> " + json.dumps(message, indent=2, sort_keys=True))
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def receive(self, timeout=60):
        """The next message, or None when the server closed its output."""
        result = {}

        def read():
            header = b""
            while not header.endswith(b"\r\n\r\n"):
                byte = self.process.stdout.read(1)
                if not byte:
                    return
                header += byte
            fields = dict(line.split(": ", 1) for line in header.decode().strip().split("\r\n"))
            result["message"] = json.loads(self.process.stdout.read(int(fields["Content-Length"])))

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        reader.join(timeout)
        if reader.is_alive():
            raise AssertionError(f"no message from the server within {timeout} s")
        message = result.get("message")
        if message is not None:
            self.transcript.append("<-- " + json.dumps(shortened(message), indent=2, sort_keys=True))
        return message

    def request(self, method, params=None):
        """Sends a request and returns its reply, keeping notifications that come before it."""
        ident = self.next_id
        self.next_id += 1
        message = {"jsonrpc": "2.0", "id": ident, "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)
        while True:
            reply = self.receive()
            if reply is None:
                raise AssertionError(f"the server closed its output before answering {method}")
            if reply.get("id") == ident and "method" not in reply:
                return reply
            self.pending.append(reply)

    def notify(self, method, params=None):
        message = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)

    def diagnostics(self, uri):
        """The next publishDiagnostics for `uri` (others are kept in turn)."""
        for i, message in enumerate(self.pending):
            if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == uri:
                return self.pending.pop(i)["params"]
        while True:
            message = self.receive()
            if message is None:
                raise AssertionError(f"the server closed its output before publishing diagnostics for {uri}")
            if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == uri:
                return message["params"]
            self.pending.append(message)

    def wait(self, timeout=60):
        status = self.process.wait(timeout)
        self._stderr_reader.join(timeout)
        return status

    def close(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()

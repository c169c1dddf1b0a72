# A minimal W3C WebDriver client for headless Chromium (standard library only, no selenium).
"""Start chromedriver on a free port, open one headless Chromium session, and talk to it over HTTP.

    with Browser() as browser:
        browser.open(path)
        browser.script("return document.title")

Every request has a timeout, and the session and the driver process are always ended on exit.
"""
import base64
import json
import pathlib
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
# The W3C name of an element reference in JSON.
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"


class BrowserMissing(Exception):
    pass


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Browser:
    def __init__(self, width=1280, height=1000, timeout=30):
        self.width, self.height, self.timeout = width, height, timeout
        self.driver = None
        self.session = None
        self.profile = None

    def __enter__(self):
        for path in (CHROMIUM, CHROMEDRIVER):
            if not pathlib.Path(path).is_file():
                raise BrowserMissing(f"{path} not found: install Debian's chromium and chromium-driver "
                                     f"(.ci/setup does it for the test set-up)")
        try:
            self._start()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def _start(self):
        self.port = _free_port()
        self.profile = tempfile.mkdtemp(prefix="claimcheck-chromium-")
        self.driver = subprocess.Popen([CHROMEDRIVER, f"--port={self.port}"], stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + self.timeout
        while True:  # chromedriver answers /status once it listens
            try:
                if self._request("GET", "/status", timeout=2).get("ready"):
                    break
            except (OSError, urllib.error.URLError):
                pass
            if self.driver.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"chromedriver did not start on port {self.port}")
            time.sleep(0.1)
        arguments = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--disable-background-networking", "--disable-extensions", "--no-first-run",
                     "--hide-scrollbars", f"--user-data-dir={self.profile}",
                     f"--window-size={self.width},{self.height}"]
        capabilities = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome", "goog:chromeOptions": {"binary": CHROMIUM, "args": arguments}}}}
        self.session = self._request("POST", "/session", capabilities)["sessionId"]
        self._request("POST", self._path("/timeouts"), {"script": 10000, "pageLoad": 20000, "implicit": 0})

    def __exit__(self, *exc):
        try:
            if self.session:
                self._request("DELETE", self._path(""), timeout=10)
        except Exception:
            pass  # the driver is killed next anyway
        finally:
            self.session = None
            if self.driver:
                self.driver.terminate()
                try:
                    self.driver.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self.driver.kill()
                    self.driver.wait(timeout=10)
            if self.profile:
                shutil.rmtree(self.profile, ignore_errors=True)
        return False

    # --- The protocol ---------------------------------------------------------

    def _path(self, tail):
        return f"/session/{self.session}{tail}"

    def _request(self, method, path, body=None, timeout=None):
        data = None if body is None else json.dumps(body).encode("utf-8")
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}", data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=timeout or self.timeout) as response:
                return json.loads(response.read().decode("utf-8")).get("value")
        except urllib.error.HTTPError as e:
            detail = e.read().decode("utf-8", errors="replace")
            raise RuntimeError(f"WebDriver {method} {path}: HTTP {e.code}: {detail[:1000]}") from None

    # --- What the tests use ---------------------------------------------------

    def open(self, path):
        self._request("POST", self._path("/url"), {"url": pathlib.Path(path).resolve().as_uri()})

    def script(self, source, *args):
        """Run `source` as a function body in the page; returns its JSON result."""
        return self._request("POST", self._path("/execute/sync"), {"script": source, "args": list(args)})

    def find(self, css):
        """The elements matching a CSS selector, as references for click() and script() arguments."""
        found = self._request("POST", self._path("/elements"), {"using": "css selector", "value": css})
        return found or []

    def click(self, element):
        self._request("POST", self._path(f"/element/{element[ELEMENT]}/click"), {})

    def keys(self, element, text):
        self._request("POST", self._path(f"/element/{element[ELEMENT]}/value"), {"text": text})

    def press(self, *keys):
        """Press and release each key in turn at whatever has focus ("\\ue004" is Tab, "\\ue007" Enter)."""
        actions = []
        for key in keys:
            actions += [{"type": "keyDown", "value": key}, {"type": "keyUp", "value": key}]
        self._request("POST", self._path("/actions"), {"actions": [{"type": "key", "id": "keyboard",
                                                                      "actions": actions}]})

    def emulate_media(self, media):
        """Render as for `media` ("print" or ""), through chromedriver's DevTools passthrough."""
        self._request("POST", self._path("/goog/cdp/execute"),
                      {"cmd": "Emulation.setEmulatedMedia", "params": {"media": media}})

    def resize(self, width, height):
        self._request("POST", self._path("/window/rect"), {"width": width, "height": height})

    def screenshot(self, path):
        png = base64.b64decode(self._request("GET", self._path("/screenshot")))
        path = pathlib.Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(png)
        return path

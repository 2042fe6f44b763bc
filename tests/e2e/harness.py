"""End-to-end harness: the real jobdeck binary on its own Xvfb display, under openbox (and stalonetray when a
journey needs a tray), driven with xdotool's real input (XTEST). Each journey gets a temporary HOME and XDG
folders, its own database and display, and every process it starts is killed at the end. On failure a
screenshot of the whole screen lands in the journey's temporary folder (kept and printed)."""

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

APP = os.environ.get("JOBDECK_APP", "")
CLI = os.environ.get("JOBDECK_CLI", "")


# The main window's title ("jobs.sqlite — Jobdeck"); the tray icon's own window is called "Jobdeck".
MAIN_WINDOW = r"jobs\.sqlite .* Jobdeck$"


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


class Desktop:
    """One X display with a window manager, an optional tray host and the Jobdeck under test."""

    def __init__(self, name, tray=False):
        self.name = name
        self.dir = tempfile.mkdtemp(prefix="jobdeck-e2e-%s-" % name)
        self.home = os.path.join(self.dir, "home")
        for sub in ("home", "home/.config", "home/.local/share", "home/.cache", "runtime"):
            os.makedirs(os.path.join(self.dir, sub), exist_ok=True)
        os.chmod(os.path.join(self.dir, "runtime"), 0o700)
        self.db = os.path.join(self.dir, "jobs.sqlite")
        self.processes = []
        self.app = None
        self.app_log = os.path.join(self.dir, "jobdeck.stderr")
        self.env = dict(os.environ)
        self.env.update({
            "HOME": self.home,
            "XDG_CONFIG_HOME": os.path.join(self.home, ".config"),
            "XDG_DATA_HOME": os.path.join(self.home, ".local/share"),
            "XDG_CACHE_HOME": os.path.join(self.home, ".cache"),
            "XDG_RUNTIME_DIR": os.path.join(self.dir, "runtime"),
            "QT_QPA_PLATFORM": "xcb",
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
        })
        # No session bus: notifications and the tray go through X (XEmbed), as on a plain X desktop.
        for key in ("DBUS_SESSION_BUS_ADDRESS", "WAYLAND_DISPLAY", "QT_QPA_PLATFORMTHEME", "JOBDECK_DB"):
            self.env.pop(key, None)
        self._start_x()
        self._spawn(["openbox", "--sm-disable"], "openbox")
        time.sleep(0.5)
        if tray:
            # stalonetray where it exists, else trayer (Debian 12 has no stalonetray): either owns the XEmbed
            # system tray selection that Qt looks for.
            if shutil.which("stalonetray"):
                self._spawn(["stalonetray", "--geometry", "4x1+0+0", "--icon-size", "24", "-bg", "#404040"],
                            "tray")
                self.tray_class = "stalonetray"
            else:
                self._spawn(["trayer", "--edge", "bottom", "--align", "right", "--widthtype", "pixel", "--width",
                             "120", "--height", "28", "--SetDockType", "true", "--transparent", "false"], "tray")
                self.tray_class = "trayer"
            self.tray = self.wait_for(lambda: self.xdotool("search", "--class", self.tray_class, ok_fail=True), 10,
                                      "the tray host did not start").split()[0]

    # --- processes -------------------------------------------------------------------------------------
    def _start_x(self):
        read, write = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten",
                                 "tcp", "-noreset"], pass_fds=(write,), stdout=subprocess.DEVNULL,
                                stderr=open(os.path.join(self.dir, "xvfb.log"), "w"), start_new_session=True)
        os.close(write)
        self.processes.append(xvfb)
        number = b""
        deadline = time.time() + 20
        while not number.endswith(b"\n") and time.time() < deadline:
            chunk = os.read(read, 16)
            if not chunk:
                break
            number += chunk
        os.close(read)
        check(number.strip().isdigit(), "Xvfb did not report a display number")
        self.display = ":" + number.decode().strip()
        self.env["DISPLAY"] = self.display

    def _spawn(self, args, name, stderr=None):
        log = stderr or open(os.path.join(self.dir, name + ".log"), "w")
        process = subprocess.Popen(args, env=self.env, stdout=subprocess.DEVNULL, stderr=log, start_new_session=True)
        self.processes.append(process)
        return process

    def start_app(self, *extra):
        self.app = self._spawn([APP, "--db", self.db] + list(extra), "jobdeck", stderr=open(self.app_log, "w"))
        self.window = self.wait_for(lambda: self.find_window(MAIN_WINDOW), 30, "the Jobdeck window did not appear")
        # The whole screen, at a known place: cards are found by their colours and clicked where they are.
        self.xdotool("windowmove", "--sync", self.window, "0", "0", ok_fail=True)
        self.xdotool("windowsize", "--sync", self.window, "1600", "1000", ok_fail=True)
        time.sleep(1.0)  # the first paint and the queued start-up work
        return self.window

    def close(self):
        for process in reversed(self.processes):
            if process.poll() is None:
                try:
                    os.killpg(process.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        for process in self.processes:
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(5)

    # --- X helpers ------------------------------------------------------------------------------------
    def xdotool(self, *args, ok_fail=False):
        result = subprocess.run(["xdotool"] + list(args), env=self.env, capture_output=True, text=True, timeout=60)
        if result.returncode != 0 and not ok_fail:
            raise Failure("xdotool %s failed: %s" % (" ".join(args), result.stderr.strip()))
        return result.stdout.strip() if result.returncode == 0 else ""

    def find_window(self, name, visible=True):
        args = ["search"] + (["--onlyvisible"] if visible else []) + ["--name", name]
        found = self.xdotool(*args, ok_fail=True).split()
        return found[-1] if found else None

    def key(self, *keys, window=None):
        target = window or self.window
        self.xdotool("windowactivate", "--sync", target, ok_fail=True)
        for key in keys:
            self.xdotool("key", "--clearmodifiers", key)
            time.sleep(0.25)

    def type(self, text):
        self.xdotool("type", "--delay", "30", text)
        time.sleep(0.2)

    def click(self, x, y):
        self.xdotool("mousemove", "--sync", str(x), str(y))
        time.sleep(0.1)
        self.xdotool("click", "1")
        time.sleep(0.4)

    def drag(self, start, end, steps=20):
        self.xdotool("mousemove", "--sync", str(start[0]), str(start[1]))
        time.sleep(0.2)
        self.xdotool("mousedown", "1")
        time.sleep(0.2)
        for i in range(1, steps + 1):
            x = start[0] + (end[0] - start[0]) * i // steps
            y = start[1] + (end[1] - start[1]) * i // steps
            self.xdotool("mousemove", str(x), str(y))
            time.sleep(0.05)
        time.sleep(0.3)
        self.xdotool("mouseup", "1")
        time.sleep(1.0)

    def wait_for(self, probe, seconds, message):
        deadline = time.time() + seconds
        while time.time() < deadline:
            value = probe()
            if value:
                return value
            time.sleep(0.2)
        raise Failure(message)

    def screenshot(self, name):
        path = os.path.join(self.dir, name + ".png")
        subprocess.run(["import", "-window", "root", path], env=self.env, capture_output=True, timeout=60)
        return path

    def pixels_of(self, color):
        """Screen points painted exactly in `color` ("#RRGGBB"): where cards of a stage show their accent."""
        raw = os.path.join(self.dir, "probe.rgb")
        subprocess.run(["import", "-window", "root", "-depth", "8", "RGB:" + raw], env=self.env,
                       capture_output=True, timeout=60)
        with open(raw, "rb") as f:
            data = f.read()
        wanted = bytes.fromhex(color.lstrip("#"))
        width = 1600
        points = []
        at = data.find(wanted)
        while at >= 0:
            if at % 3 == 0:
                pixel = at // 3
                points.append((pixel % width, pixel // width))
            at = data.find(wanted, at + 1)
        return points

    def cards_of(self, color):
        """The centres of the cards whose accent bar has this colour, top to bottom."""
        points = self.pixels_of(color)
        cards = []
        for x, y in sorted(points, key=lambda p: (p[1], p[0])):
            if cards and abs(cards[-1]["x"] - x) <= 6 and y - cards[-1]["bottom"] <= 1:
                cards[-1]["bottom"] = y
            else:
                cards.append({"x": x, "top": y, "bottom": y})
        cards = [c for c in cards if c["bottom"] - c["top"] >= 20]
        return [(c["x"] + 80, (c["top"] + c["bottom"]) // 2) for c in cards]

    # --- the database -----------------------------------------------------------------------------------
    def cli(self, *args):
        result = subprocess.run([CLI, "--db", self.db] + list(args), env=self.env, capture_output=True, text=True,
                                timeout=60)
        if result.returncode != 0:
            raise Failure("jobdeck-cli %s failed (%d): %s" % (" ".join(args), result.returncode, result.stderr))
        return result.stdout

    def cli_json(self, *args):
        return json.loads(self.cli("--json", *args))

    def integrity(self):
        with sqlite3.connect(self.db) as connection:
            return connection.execute("PRAGMA integrity_check").fetchone()[0]

    def app_stderr(self):
        with open(self.app_log, errors="replace") as log:
            return log.read()


def run(name, journey, tray=False):
    """Runs one journey: prints PASS, or FAIL with the reason and a screenshot; exit status for CTest."""
    if not APP or not CLI or not shutil.which("xdotool") or not shutil.which("Xvfb"):
        print("SKIP %s: needs Xvfb, xdotool and the built jobdeck and jobdeck-cli" % name)
        return 77
    if tray and not (shutil.which("stalonetray") or shutil.which("trayer")):
        print("SKIP %s: needs stalonetray or trayer (a tray host)" % name)
        return 77
    desktop = None
    try:
        desktop = Desktop(name, tray=tray)
        journey(desktop)
        print("PASS %s" % name)
        shutil.rmtree(desktop.dir, ignore_errors=True)
        return 0
    except Exception as error:  # any failure: report it with what the screen showed
        shot = desktop.screenshot("failure") if desktop else ""
        print("FAIL %s: %s" % (name, error))
        if desktop:
            print("  screenshot: %s\n  app stderr: %s" % (shot, desktop.app_log))
        return 1
    finally:
        if desktop:
            desktop.close()


def main(journey, tray=False):
    name = os.path.splitext(os.path.basename(sys.argv[0]))[0]
    sys.exit(run(name, journey, tray))

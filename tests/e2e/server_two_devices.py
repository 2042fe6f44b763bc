#!/usr/bin/env python3
"""Journey (f): one pipeline on a PostgreSQL server, two devices (issue 16). The app runs on a throwaway
cluster as alice; a card moved with the keyboard in the app reaches the server, where the CLI (the other
device) reads it, and a move the CLI makes shows on the app's board with nothing done in the app (the
server's notifications). Skipped when PostgreSQL is not installed."""
import os
import shutil
import subprocess
import sys
import tempfile
import time

import harness

CLUSTER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support", "pg-cluster.sh")
APPLIED = "#3d84c6"  # the stage accents of src/gui/Theme.cpp
SCREEN = "#2ea8a8"
TECHNICAL = "#7b61c9"


def sql(folder, statement):
    with open(os.path.join(folder, "bindir")) as bindir, open(os.path.join(folder, "port")) as port:
        psql = os.path.join(bindir.read().strip(), "psql")
        subprocess.run([psql, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", port.read().strip(),
                        "-U", "postgres", "-d", "postgres", "-c", statement], check=True, capture_output=True,
                       timeout=60)


def owner_cli(url, *args):
    result = subprocess.run([harness.CLI, "--db", url] + list(args), capture_output=True, text=True, timeout=60)
    harness.check(result.returncode == 0, "jobdeck-cli %s failed: %s" % (" ".join(args), result.stderr))


def journey_on(folder):
    def journey(d):
        with open(os.path.join(folder, "port")) as port:
            address = "127.0.0.1:%s" % port.read().strip()
        sql(folder, "CREATE DATABASE jobdeck")
        sql(folder, "CREATE ROLE alice LOGIN")
        owner = "postgresql://postgres@%s/jobdeck" % address
        owner_cli(owner, "server", "init")
        owner_cli(owner, "server", "add-user", "alice")

        # Both devices work as alice: the desktop's app and the CLI take the same address.
        d.db = "postgresql://alice@%s/jobdeck" % address
        for company in ("Acme", "Beta", "Gamma"):
            d.cli("add", "--company", company, "--title", "Engineer")
        harness.MAIN_WINDOW = r"alice@127\.0\.0\.1.* Jobdeck$"
        d.start_app()
        cards = d.wait_for(lambda: (lambda c: c if len(c) == 3 else None)(d.cards_of(APPLIED)), 20,
                           "three Applied cards from the server were not found on the board")

        # The app writes to the server: the other device reads the move.
        d.click(*cards[0])
        d.key("ctrl+bracketright")
        moved = d.wait_for(lambda: [a for a in d.cli_json("list") if a["stage"] == "screen"] or None, 10,
                           "the app's move did not reach the server")
        harness.check(len(moved) == 1, "more than one application moved: %s" % moved)

        # The other device moves another application; the app shows it without being touched.
        other = [a for a in d.cli_json("list") if a["stage"] == "applied"][0]
        clock = time.time()
        d.cli("move", str(other["id"]), "technical")
        d.wait_for(lambda: len(d.cards_of(TECHNICAL)) == 1 or None, 10,
                   "the CLI's move did not show on the app's board")
        print("the CLI's move showed on the app's board after %.2f s (goal: within a second)" % (time.time() - clock))
        harness.check(len(d.cards_of(SCREEN)) == 1, "the app's own move is no longer on the board")
        harness.check(len(d.cards_of(APPLIED)) == 1, "the Applied column does not hold the one card left")
        history = [e["current"] for e in d.cli_json("history", str(other["id"]))]
        harness.check(history == ["applied", "technical"], "history %s" % history)
    return journey


def main():
    if not harness.APP or not harness.CLI:
        print("SKIP server_two_devices: needs the built jobdeck and jobdeck-cli")
        return 77
    folder = tempfile.mkdtemp(prefix="jobdeck-e2e-pg-")
    try:
        started = subprocess.run(["bash", CLUSTER, "start", folder, str(os.getpid())], capture_output=True,
                                 text=True, timeout=180)
        if started.returncode == 3:
            print("SKIP server_two_devices: PostgreSQL is not installed")
            return 77
        if started.returncode != 0:
            print("FAIL server_two_devices: the throwaway cluster did not start: %s" % started.stderr)
            return 1
        return harness.run("server_two_devices", journey_on(folder))
    finally:
        subprocess.run(["bash", CLUSTER, "stop", folder], capture_output=True, timeout=60)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Journey (a): File > Export opens its file dialog and is cancelled; jobdeck-cli adds an application from
another process while the app runs; then the app adds one; after Quit both rows are there and SQLite's
integrity_check says ok. While the app holds the file, it says so beside it (the held stamp that spares the
CLI's opens the full integrity check), and takes that back when it quits."""
import os
import time

import harness


def journey(d):
    d.cli("add", "--company", "Seed", "--title", "Engineer")
    d.start_app()
    held = d.db + "-jobdeck-held"
    harness.check(os.path.exists(held), "the running app left no held stamp beside its database")
    harness.check(str(d.app.pid) in open(held).read().split(), "the held stamp does not name the app's process")
    d.key("ctrl+shift+e")
    dialog = d.wait_for(lambda: d.find_window("^Export$"), 10, "File > Export did not open its file dialog")
    d.key("Escape", window=dialog)
    d.wait_for(lambda: not d.find_window("^Export$"), 10, "the export dialog did not close")
    d.cli("add", "--company", "FromCli", "--title", "Engineer")
    d.key("ctrl+n")
    dialog = d.wait_for(lambda: d.find_window("^New application$"), 10, "Ctrl+N did not open the New dialog")
    d.xdotool("windowactivate", "--sync", dialog, ok_fail=True)
    d.type("FromApp")
    d.xdotool("key", "Tab")
    d.type("Engineer")
    d.xdotool("key", "Return")
    d.wait_for(lambda: not d.find_window("^New application$"), 10, "the New dialog did not close on Return")
    time.sleep(0.5)
    d.key("ctrl+q")
    d.wait_for(lambda: d.app.poll() is not None, 15, "Ctrl+Q did not end Jobdeck")
    harness.check(not os.path.exists(held), "the held stamp outlived the app")
    companies = sorted(a["company"] for a in d.cli_json("list"))
    harness.check(companies == ["FromApp", "FromCli", "Seed"], "rows after the session: %s" % companies)
    harness.check(d.integrity() == "ok", "integrity_check: %s" % d.integrity())


if __name__ == "__main__":
    harness.main(journey)

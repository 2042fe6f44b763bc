#!/usr/bin/env python3
"""Journey (f): File > Import (Ctrl+I) through its file dialog and the import dialog, then Ctrl+Z takes the
whole import back and Ctrl+Shift+Z brings it again; an application the person had before stays throughout.
Then jobdeck-cli moves one imported application from another process, and Ctrl+Z is refused: nothing of the
import is erased, the CLI's move included."""
import os
import shutil
import time

import harness

FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "import", "linkedin.csv")


def journey(d):
    d.cli("add", "--company", "Seed", "--title", "Engineer")
    sheet = os.path.join(d.dir, "linkedin.csv")
    shutil.copyfile(FIXTURE, sheet)
    d.start_app()

    def companies():
        return sorted(a["company"] for a in d.cli_json("list"))

    d.key("ctrl+i")
    # The file dialog and the import dialog after it share the title "Import applications".
    chooser = d.wait_for(lambda: d.find_window("^Import applications$"), 10, "Ctrl+I did not open the file dialog")
    d.xdotool("windowactivate", "--sync", chooser, ok_fail=True)
    time.sleep(0.5)
    d.type(sheet)
    d.xdotool("key", "Return")
    dialog = d.wait_for(lambda: (d.find_window("^Import applications$") or chooser) != chooser
                        and d.find_window("^Import applications$"), 15, "the import dialog did not open")
    d.key("alt+i", window=dialog)
    d.wait_for(lambda: len(companies()) == 4, 30, "the import did not write its three rows: %s" % companies())
    imported = companies()
    d.key("Escape", window=dialog)
    d.wait_for(lambda: not d.find_window("^Import applications$"), 10, "the import dialog did not close")

    d.key("ctrl+z")
    d.wait_for(lambda: companies() == ["Seed"], 15, "Ctrl+Z did not take the import back: %s" % companies())
    seed = d.cli_json("list")[0]["id"]
    left = [t for t in d.cli_json("tasks", "--all") if t["application_id"] != seed]
    harness.check(not left, "the undone import left tasks behind: %s" % left)
    d.key("ctrl+shift+z")
    d.wait_for(lambda: companies() == imported, 15, "Ctrl+Shift+Z did not import again: %s" % companies())

    other = next(a for a in d.cli_json("list") if a["company"] != "Seed")
    d.cli("move", str(other["id"]), "screen")
    time.sleep(1.0)
    d.key("ctrl+z")
    time.sleep(2.0)
    harness.check(companies() == imported, "a refused undo erased rows: %s" % companies())
    moved = next(a for a in d.cli_json("list") if a["id"] == other["id"])
    harness.check(moved["stage"] == "screen", "the CLI's move was lost: %s" % moved)

    d.key("ctrl+q")
    d.wait_for(lambda: d.app.poll() is not None, 15, "Ctrl+Q did not end Jobdeck")
    harness.check(d.integrity() == "ok", "integrity_check: %s" % d.integrity())


if __name__ == "__main__":
    harness.main(journey)

#!/usr/bin/env python3
"""Journey (e): the main shortcuts, pressed on the real window, each do their job and Qt never reports an
"Ambiguous shortcut overload" (Ctrl+E was both Export and Edit, so neither ran)."""
import time

import harness

APPLIED = "#3d84c6"


def journey(d):
    d.cli("add", "--company", "Acme", "--title", "Engineer")
    d.start_app()
    card = d.wait_for(lambda: d.cards_of(APPLIED), 10, "the Applied card was not found")[0]
    d.click(*card)
    d.key("ctrl+e")
    dialog = d.wait_for(lambda: d.find_window("^Edit application$"), 10, "Ctrl+E did not open Edit")
    d.key("Escape", window=dialog)
    d.wait_for(lambda: not d.find_window("^Edit application$"), 10, "the Edit dialog did not close")
    d.key("ctrl+shift+e")
    dialog = d.wait_for(lambda: d.find_window("^Export$"), 10, "Ctrl+Shift+E did not open Export")
    d.key("Escape", window=dialog)
    d.wait_for(lambda: not d.find_window("^Export$"), 10, "the Export dialog did not close")
    for key in ("ctrl+2", "ctrl+3", "ctrl+4", "ctrl+5", "ctrl+1", "ctrl+d", "ctrl+d", "ctrl+f", "ctrl+1",
                "ctrl+bracketright", "ctrl+z", "ctrl+shift+z", "ctrl+y", "ctrl+bracketleft"):
        d.key(key)
    time.sleep(0.5)
    stages = {a["company"]: a["stage"] for a in d.cli_json("list")}
    harness.check(stages == {"Acme": "applied"}, "Ctrl+] Ctrl+Z Ctrl+Shift+Z Ctrl+Y Ctrl+[ left %s" % stages)
    errors = d.app_stderr()
    harness.check("Ambiguous" not in errors, "Qt reported an ambiguous shortcut:\n%s" % errors)


if __name__ == "__main__":
    harness.main(journey)

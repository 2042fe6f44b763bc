#!/usr/bin/env python3
"""Journey (b): select a card with the mouse, press Ctrl+] twice: the same application moves two stages
(issue 13: the second press moved the neighbour that the selection had drifted to)."""
import time

import harness

APPLIED = "#3d84c6"  # CardDelegate's accent for Applied


def journey(d):
    for company in ("Acme", "Beta", "Gamma"):
        d.cli("add", "--company", company, "--title", "Engineer")
    d.start_app()
    cards = d.wait_for(lambda: (lambda c: c if len(c) == 3 else None)(d.cards_of(APPLIED)), 10,
                       "three Applied cards were not found on the board")
    d.click(*cards[1])
    d.key("ctrl+bracketright")
    time.sleep(0.5)
    d.key("ctrl+bracketright")
    stages = d.wait_for(lambda: (lambda s: s if "technical" in s.values() else None)(
        {a["company"]: a["stage"] for a in d.cli_json("list")}), 10, "nothing reached technical")
    moved = [company for company, stage in stages.items() if stage != "applied"]
    harness.check(len(moved) == 1, "more than one application moved: %s" % stages)
    harness.check(stages[moved[0]] == "technical", "the selected application did not move twice: %s" % stages)
    app_id = [a["id"] for a in d.cli_json("list") if a["company"] == moved[0]][0]
    history = [e["current"] for e in d.cli_json("history", str(app_id))]
    harness.check(history == ["applied", "screen", "technical"], "history %s" % history)


if __name__ == "__main__":
    harness.main(journey)

#!/usr/bin/env python3
"""Journey (c): drag a card from Applied onto the Offer column with the mouse, then Ctrl+Z: the analytics
(funnel, sources, time in stage) are what they were before the drag (issue 13, item 2: an undone move must
not count)."""
import time

import harness

APPLIED = "#3d84c6"
OFFER = "#3fa34d"
AS_OF = "2030-01-01T00:00:00Z"


def journey(d):
    d.cli("add", "--company", "Acme", "--title", "Engineer", "--source", "LinkedIn")
    delta = d.cli("add", "--company", "Delta", "--title", "Engineer", "--source", "Referral").strip()
    d.cli("move", delta, "offer")
    before = d.cli_json("analytics", "--as-of", AS_OF)
    d.start_app()
    d.key("ctrl+d")  # the details dock off: the board gets the width for the Offer column
    time.sleep(0.5)
    source = d.wait_for(lambda: d.cards_of(APPLIED), 10, "the Applied card was not found")[0]
    target = d.wait_for(lambda: d.cards_of(OFFER), 10, "the Offer card was not found")[0]
    d.drag(source, (target[0], target[1] + 40))
    stage = lambda: {a["company"]: a["stage"] for a in d.cli_json("list")}["Acme"]  # noqa: E731
    d.wait_for(lambda: stage() == "offer", 10, "the drag did not move Acme to offer (it is %s)" % stage())
    d.key("ctrl+z")
    d.wait_for(lambda: stage() == "applied", 10, "Ctrl+Z did not bring Acme back to applied")
    time.sleep(0.5)
    after = d.cli_json("analytics", "--as-of", AS_OF)
    for key in sorted(before):
        harness.check(before[key] == after[key], "analytics %s changed by a drag and its undo:\n  before %s\n  after  %s"
                      % (key, before[key], after[key]))


if __name__ == "__main__":
    harness.main(journey)

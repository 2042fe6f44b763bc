#!/usr/bin/env python3
"""Start-up of the real app on a big database, under Xvfb with a window manager (tests/e2e/harness).

    bench/gui/startup.py BUILD/src/app/jobdeck BUILD/src/cli/jobdeck-cli [REFERENCE_APP] [--runs N] [--rows N]

Imports N applications (30,000 by default) from a generated CSV into a database once, then times, per run,
from the start of the process to (a) the main window being mapped and (b) the first cards of the Applied
column being drawn (its stage colour on screen). With REFERENCE_APP (another build of jobdeck, for example
of an earlier commit) the two are run alternately on copies of the same file, and the ratio of medians is
printed: the machine is shared, so only a comparison in one run means much.
"""
import argparse
import csv
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "tests", "e2e"))

APPLIED_COLOUR = "#3d84c6"  # the Applied column's stage colour (theme::stageColour)
STAGES = ["Applied", "Screen", "Technical", "Onsite", "Offer", "Rejected", "Ghosted"]


def make_database(cli, rows, folder):
    source = os.path.join(folder, "big.csv")
    with open(source, "w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["Company", "Role", "Status", "Date Applied", "Source", "Location", "Notes"])
        for i in range(rows):
            writer.writerow([f"Company {i}", f"Engineer {i}", STAGES[i % len(STAGES)],
                             f"2026-{i % 12 + 1:02d}-{i % 28 + 1:02d}", "LinkedIn", "Berlin", f"note {i}, with comma"])
    database = os.path.join(folder, "big.sqlite")
    subprocess.run([cli, "--db", database, "import", source], check=True, stdout=subprocess.DEVNULL)
    return database


def one_start(harness, app, database, name):
    desktop = harness.Desktop(name)
    try:
        shutil.copy(database, desktop.db)
        desktop.cli("history", "1")  # the file's first full check, as an everyday start would find it done
        started = time.monotonic()
        desktop.app = desktop._spawn([app, "--db", desktop.db], "jobdeck", stderr=open(desktop.app_log, "w"))
        desktop.window = desktop.wait_for(lambda: desktop.find_window(harness.MAIN_WINDOW), 60,
                                          "the Jobdeck window did not appear")
        window = time.monotonic() - started
        cards = None
        deadline = started + 60
        while time.monotonic() < deadline:
            if desktop.cards_of(APPLIED_COLOUR):
                cards = time.monotonic() - started
                break
            time.sleep(0.1)
        return window, cards
    finally:
        desktop.close()


def main():
    parser = argparse.ArgumentParser(usage=__doc__)
    parser.add_argument("app")
    parser.add_argument("cli")
    parser.add_argument("reference", nargs="?")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rows", type=int, default=30000)
    options = parser.parse_args()
    os.environ["JOBDECK_APP"] = os.path.abspath(options.app)
    os.environ["JOBDECK_CLI"] = os.path.abspath(options.cli)
    import harness  # reads the two variables above

    apps = {"app": os.path.abspath(options.app)}
    if options.reference:
        apps["reference"] = os.path.abspath(options.reference)
    with tempfile.TemporaryDirectory() as folder:
        database = make_database(options.cli, options.rows, folder)
        times = {name: [] for name in apps}
        for run in range(options.runs):
            order = list(apps) if run % 2 == 0 else list(reversed(list(apps)))
            for name in order:
                window, cards = one_start(harness, apps[name], database, f"startup-{name}-{run}")
                times[name].append((window, cards))
                shown = f"{cards:.2f} s" if cards is not None else "not within 60 s"
                print(f"{name:9s} run {run + 1}: window {window:.2f} s, first Applied cards {shown}", flush=True)
    print(f"\n{options.rows} applications, median of {options.runs} runs:")
    medians = {}
    for name, pairs in times.items():
        window = statistics.median(p[0] for p in pairs)
        drawn = [p[1] for p in pairs if p[1] is not None]
        cards = statistics.median(drawn) if drawn else float("nan")
        medians[name] = (window, cards)
        print(f"  {name:9s} window {window:.2f} s, cards {cards:.2f} s")
    if "reference" in medians:
        (w, c), (rw, rc) = medians["app"], medians["reference"]
        print(f"  reference / app: window {rw / w:.2f}x, cards {rc / c:.2f}x")


if __name__ == "__main__":
    main()

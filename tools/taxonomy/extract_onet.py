#!/usr/bin/env python3
"""Writes resources/taxonomy/onet-extract.tsv from the O*NET database's text files.

Run by a maintainer when O*NET publishes a new release (never at build time): the build reduces the
extract with tools/taxonomy/reduce_taxonomy.cpp. Only what the reduction reads is kept:

  kind     T (Technology Skills.txt) or U (Tools Used.txt)
  example  the tool or technology as O*NET names it ("Forklifts", "Autodesk AutoCAD")
  hot      Y if O*NET flags it a hot technology for any occupation, else N
  socs     the O*NET-SOC codes that list it, comma separated (".00" dropped)

Rows are those of the occupations in the major groups below, and only examples that two or more of
these occupations list, or that are hot (an example only one occupation names is never kept by the
reduction, so it would only make the extract larger).

Usage: tools/taxonomy/extract_onet.py DIR_WITH_ONET_TEXT_FILES > resources/taxonomy/onet-extract.tsv"""
import collections
import csv
import os
import sys

# Management, business and finance, computing, engineering, education, arts and design, healthcare,
# healthcare support, sales, office and logistics, construction, maintenance, production, transportation.
GROUPS = {"11", "13", "15", "17", "25", "27", "29", "31", "41", "43", "47", "49", "51", "53"}


def read(path, kind, table):
    with open(path, encoding="utf-8", newline="") as f:
        rows = csv.reader(f, delimiter="\t")
        header = next(rows)
        hot_column = header.index("Hot Technology") if "Hot Technology" in header else -1
        for row in rows:
            soc = row[0]
            if soc[:2] not in GROUPS:
                continue
            entry = table[(kind, row[1].strip())]
            entry[0].add(soc[:-3] if soc.endswith(".00") else soc)
            if hot_column >= 0 and row[hot_column] == "Y":
                entry[1] = True


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    table = collections.defaultdict(lambda: [set(), False])
    read(os.path.join(sys.argv[1], "Technology Skills.txt"), "T", table)
    read(os.path.join(sys.argv[1], "Tools Used.txt"), "U", table)
    out = sys.stdout
    out.write("kind\texample\thot\tsocs\n")
    for (kind, example), (socs, hot) in sorted(table.items()):
        if len(socs) < 2 and not hot:
            continue
        out.write(f"{kind}\t{example}\t{'Y' if hot else 'N'}\t{','.join(sorted(socs))}\n")


if __name__ == "__main__":
    main()

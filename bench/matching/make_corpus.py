#!/usr/bin/env python3
"""Writes the speed benchmark's inputs: N job descriptions as JSON lines (id, text) and one resume,
assembled from the evaluation set's role banks plus made-up company, product and place names so the
vocabulary grows the way real ads make it grow. Deterministic.

MIN_CHARS pads each ad with more of its role's duties, requirements and boilerplate until it is at least
that long (real postings run about 2,500 characters; the default 0 keeps the short generated ones).

Usage: make_corpus.py OUT_DIR [N=10000] [MIN_CHARS=0]"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "eval"))
from generate_eval_set import job_description, resume  # noqa: E402
from roles import ROLES  # noqa: E402

SYLLABLES = ["ka", "lo", "mi", "ra", "ten", "vo", "zu", "bel", "cor", "dan", "fex", "gri", "hul", "jin", "mar",
             "nex", "pol", "quin", "sto", "tri", "ul", "ver", "wex", "yan"]


def name(rng):
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def main():
    out_dir = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    min_chars = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    rng = random.Random(7)
    roles = list(ROLES)
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "jds.jsonl"), "w", encoding="utf-8") as f:
        for i in range(n):
            extra = (f"{name(rng)} is hiring in {name(rng)}. You will work on {name(rng)} and {name(rng)}, "
                     f"our {name(rng)} platform, with partners such as {name(rng)} and {name(rng)}.")
            role = rng.choice(roles)
            text = extra + "\n" + job_description(rng, role)
            while len(text) < min_chars:
                text += "\n" + job_description(rng, role)
            f.write(json.dumps({"id": i + 1, "text": text}) + "\n")
    with open(os.path.join(out_dir, "resume.txt"), "w", encoding="utf-8") as f:
        f.write(resume(rng, "backend"))


if __name__ == "__main__":
    main()

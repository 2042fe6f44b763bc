#!/usr/bin/env python3
"""Mean ROC AUC of Jobdeck's matchers on the labelled evaluation set (generate_eval_set.py).

For each resume, every job description is scored and the AUC says how well fits rank above no-fits;
the figure is the mean over resumes. Three designs are compared:
  default   jobdeck-cli rank --analyzer default (the product), model fitted on all job descriptions
  coverage  the same run's "coverage": the weighted share of each job's skills and key phrases the resume shows
  sklearn   jobdeck-cli rank --analyzer sklearn (scikit-learn's TfidfVectorizer, reproduced)
  pairwise  the design Jobdeck replaced: TF-IDF fitted on just the two texts being compared
            (scikit-learn, cli.md's configuration), needs python3-sklearn (Debian: apt install python3-sklearn)

Usage: bench/eval/evaluate.py PATH/TO/jobdeck-cli [--set software|trades] [--per resume|posting]
                              [--designs default,coverage,sklearn,pairwise]

--set trades reads the hand-written non-software set in trades/ (postings.txt, resumes.txt: each text under
a "=== ID | role | ..." line; a resume's line names the postings it fits). --per posting gives the mean
over job descriptions of the AUC of ranking all resumes (the default, --per resume, is the mean over
resumes of the AUC of ranking all job descriptions)."""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TOKEN_PATTERN = r"(?u)\b\w[\w-]*\w\b|\b[A-Z]{2,}\b"


# Roles one recruiter would mix up: the near misses of the trades set are inside a family.
TRADE_FAMILIES = {
    "cnc_operator": "machining", "cnc_programmer": "machining", "maint_tech": "maintenance",
    "electrician": "maintenance", "rad_tech": "clinical", "lab_tech": "clinical", "rn": "nursing", "lpn": "nursing",
    "truck_driver": "logistics", "warehouse": "logistics", "accountant": "business", "sales_rep": "business",
    "teacher": "education", "graphic_designer": "design", "civil_eng": "engineering", "mech_eng": "engineering",
    "medical_assistant": "nursing", "bookkeeper": "business", "cad_drafter": "engineering", "phlebotomist": "clinical"}


def read_blocks(name):
    """Texts under "=== ID | role | extra" lines."""
    blocks = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for line in f:
            if line.startswith("=== "):
                fields = [x.strip() for x in line[4:].split("|")]
                blocks.append({"id": fields[0], "role": fields[1], "extra": fields[2] if len(fields) > 2 else "",
                               "lines": []})
            elif blocks:
                blocks[-1]["lines"].append(line)
    for b in blocks:
        b["text"] = "".join(b.pop("lines")).strip() + "\n"
    return blocks


def load_set(name):
    """(resumes, jds, fits(resume, jd))."""
    if name == "software":
        resumes, jds = read_jsonl("resumes.jsonl"), read_jsonl("jds.jsonl")
        return resumes, jds, lambda r, jd: jd["role"] == r["role"]
    resumes, jds = read_blocks("trades/resumes.txt"), read_blocks("trades/postings.txt")
    for r in resumes:
        r["fits"] = set(r["extra"].split())
    for item in resumes + jds:
        item["family"] = TRADE_FAMILIES[item["role"]]
    return resumes, jds, lambda r, jd: jd["id"] in r["fits"]


def read_jsonl(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def auc(scores, labels):
    """Probability that a random fit outscores a random no-fit (ties count half)."""
    positives = [s for s, y in zip(scores, labels) if y]
    negatives = [s for s, y in zip(scores, labels) if not y]
    wins = 0.0
    for p in positives:
        for n in negatives:
            wins += 1.0 if p > n else 0.5 if p == n else 0.0
    return wins / (len(positives) * len(negatives))


def margin(scores, labels):
    """Lowest fit minus highest no-fit, over the highest score: > 0 when every fit ranks first, and how
    clearly; comparable across designs whose scores have different scales."""
    top = max(scores) or 1.0
    return (min(s for s, y in zip(scores, labels) if y) - max(s for s, y in zip(scores, labels) if not y)) / top


def cli_scores(cli, analyzer, resume_text, jds_path, workdir, field="cosine"):
    resume_path = os.path.join(workdir, "resume.txt")
    with open(resume_path, "w", encoding="utf-8") as f:
        f.write(resume_text)
    db = os.path.join(workdir, "eval.sqlite")
    out = subprocess.run([cli, "--db", db, "--json", "rank", "--resume", resume_path, "--jds", jds_path,
                          "--top", "0", "--analyzer", analyzer], check=True, capture_output=True, text=True).stdout
    return {r["id"]: r[field] for r in json.loads(out)["results"]}


def pairwise_scores(resume_text, jds):
    from sklearn.feature_extraction.text import TfidfVectorizer
    scores = {}
    for jd in jds:
        v = TfidfVectorizer(stop_words="english", ngram_range=(1, 2), sublinear_tf=True, token_pattern=TOKEN_PATTERN)
        m = v.fit_transform([resume_text, jd["text"]])
        scores[jd["id"]] = float((m[0] @ m[1].T).toarray()[0, 0])
    return scores


def main():
    parser = argparse.ArgumentParser(usage=__doc__)
    parser.add_argument("cli")
    parser.add_argument("--set", default="software", choices=("software", "trades"))
    parser.add_argument("--per", default="resume", choices=("resume", "posting"))
    parser.add_argument("--designs", default="default,coverage,sklearn,pairwise")
    parser.add_argument("--within-family", action="store_true",
                        help="rank only the candidates of the posting's (or resume's) own family: the near misses")
    args = parser.parse_args()
    cli = args.cli
    resumes, jds, fits = load_set(args.set)
    families = sorted({jd["family"] for jd in jds})
    print(f"evaluation set ({args.set}): {len(resumes)} resumes, {len(jds)} job descriptions, "
          f"{len(families)} role families; mean ROC AUC per {args.per}")
    results = {}
    with tempfile.TemporaryDirectory() as workdir:
        jds_path = os.path.join(workdir, "jds.jsonl")
        with open(jds_path, "w", encoding="utf-8") as f:
            for jd in jds:
                f.write(json.dumps({"id": jd["id"], "text": jd["text"]}) + "\n")
        for design in args.designs.split(","):
            scores = {}  # resume id -> jd id -> score
            for r in resumes:
                if design == "pairwise":
                    scores[r["id"]] = pairwise_scores(r["text"], jds)
                elif design == "coverage":
                    scores[r["id"]] = cli_scores(cli, "default", r["text"], jds_path, workdir, "coverage")
                else:
                    scores[r["id"]] = cli_scores(cli, design, r["text"], jds_path, workdir)
            aucs = []
            margins = []
            if args.per == "resume":
                for r in resumes:
                    pool = [jd for jd in jds if not args.within_family or jd["family"] == r["family"]]
                    labels = [int(fits(r, jd)) for jd in pool]
                    if 0 < sum(labels) < len(labels):
                        aucs.append(auc([scores[r["id"]][jd["id"]] for jd in pool], labels))
                        margins.append(margin([scores[r["id"]][jd["id"]] for jd in pool], labels))
            else:
                for jd in jds:
                    pool = [r for r in resumes if not args.within_family or r["family"] == jd["family"]]
                    labels = [int(fits(r, jd)) for r in pool]
                    if 0 < sum(labels) < len(labels):
                        aucs.append(auc([scores[r["id"]][jd["id"]] for r in pool], labels))
                        margins.append(margin([scores[r["id"]][jd["id"]] for r in pool], labels))
            results[design] = sum(aucs) / len(aucs)
            results[design + "_margin"] = sum(margins) / len(margins)
            print(f"mean ROC AUC  {design:9s} {results[design]:.4f}  ({len(aucs)} rankings; "
                  f"mean margin {results[design + '_margin']:+.3f})")
    print(json.dumps(results))


if __name__ == "__main__":
    main()

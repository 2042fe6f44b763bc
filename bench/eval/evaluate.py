#!/usr/bin/env python3
"""Mean ROC AUC of Jobdeck's matchers on the labelled evaluation set (generate_eval_set.py).

For each resume, every job description is scored and the AUC says how well fits rank above no-fits;
the figure is the mean over resumes. Three designs are compared:
  default   jobdeck-cli rank --analyzer default (the product), model fitted on all job descriptions
  coverage  the same run's "coverage": the weighted share of each job's skills and key phrases the resume shows
  sklearn   jobdeck-cli rank --analyzer sklearn (scikit-learn's TfidfVectorizer, reproduced)
  pairwise  the design Jobdeck replaced: TF-IDF fitted on just the two texts being compared
            (scikit-learn, cli.md's configuration), needs python3-sklearn (Debian: apt install python3-sklearn)

Usage: bench/eval/evaluate.py PATH/TO/jobdeck-cli"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TOKEN_PATTERN = r"(?u)\b\w[\w-]*\w\b|\b[A-Z]{2,}\b"


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
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    cli = sys.argv[1]
    resumes = read_jsonl("resumes.jsonl")
    jds = read_jsonl("jds.jsonl")
    families = sorted({jd["family"] for jd in jds})
    print(f"evaluation set: {len(resumes)} resumes, {len(jds)} job descriptions, {len(families)} role families")
    results = {}
    with tempfile.TemporaryDirectory() as workdir:
        jds_path = os.path.join(workdir, "jds.jsonl")
        with open(jds_path, "w", encoding="utf-8") as f:
            for jd in jds:
                f.write(json.dumps({"id": jd["id"], "text": jd["text"]}) + "\n")
        for design in ("default", "coverage", "sklearn", "pairwise"):
            aucs = []
            for r in resumes:
                if design == "pairwise":
                    scores = pairwise_scores(r["text"], jds)
                elif design == "coverage":
                    scores = cli_scores(cli, "default", r["text"], jds_path, workdir, "coverage")
                else:
                    scores = cli_scores(cli, design, r["text"], jds_path, workdir)
                labels = [int(jd["role"] == r["role"]) for jd in jds]
                aucs.append(auc([scores[jd["id"]] for jd in jds], labels))
            results[design] = sum(aucs) / len(aucs)
            print(f"mean ROC AUC  {design:9s} {results[design]:.4f}")
    print(json.dumps(results))


if __name__ == "__main__":
    main()

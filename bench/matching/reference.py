#!/usr/bin/env python3
"""scikit-learn reference timings for run.sh, in process (the same corpus as bench_matching):
  fit_transform_dot  TfidfVectorizer (cli.md's configuration) fit on all job descriptions, transform the
                     resume, one sparse product: what `rank` replaces
  pairwise_explain   the two-document design for 2,000 pairs: fit on the two texts, cosine, aligned and
                     missing terms ranked by weight
Needs python3-sklearn (Debian 12: apt install python3-sklearn). Prints one JSON object (seconds).
Usage: reference.py CORPUS_DIR"""
import json
import sys
import time

from sklearn.feature_extraction.text import TfidfVectorizer

TOKEN_PATTERN = r"(?u)\b\w[\w-]*\w\b|\b[A-Z]{2,}\b"


def vectorizer():
    return TfidfVectorizer(stop_words="english", ngram_range=(1, 2), sublinear_tf=True, token_pattern=TOKEN_PATTERN)


def main():
    directory = sys.argv[1]
    with open(directory + "/jds.jsonl", encoding="utf-8") as f:
        jds = [json.loads(line)["text"] for line in f if line.strip()]
    with open(directory + "/resume.txt", encoding="utf-8") as f:
        resume = f.read()

    best = best_cpu = float("inf")
    for _ in range(2):
        start, start_cpu = time.perf_counter(), time.process_time()
        v = vectorizer()
        matrix = v.fit_transform(jds)
        scores = (matrix @ v.transform([resume]).T).toarray().ravel()
        top = scores.argsort()[::-1][:10]
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - start_cpu)
    assert len(top) == 10
    vocabulary = len(v.vocabulary_)

    start, start_cpu = time.perf_counter(), time.process_time()
    for i in range(2000):
        v = vectorizer()
        m = v.fit_transform([resume, jds[i % len(jds)]])
        r, j = m[0].toarray().ravel(), m[1].toarray().ravel()
        cosine = float(r @ j)
        terms = v.get_feature_names_out()
        aligned = sorted(((r[k] * j[k], terms[k]) for k in range(len(terms)) if r[k] and j[k]), reverse=True)
        missing = sorted(((j[k], terms[k]) for k in range(len(terms)) if j[k] and not r[k]), reverse=True)[:25]
        assert cosine >= 0 and aligned is not None and missing is not None
    pairwise, pairwise_cpu = time.perf_counter() - start, time.process_time() - start_cpu
    print(json.dumps({"fit_transform_dot": best, "fit_transform_dot_cpu": best_cpu,
                      "pairwise_explain_2000": pairwise, "pairwise_explain_2000_cpu": pairwise_cpu,
                      "jds": len(jds), "vocabulary": vocabulary}))


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""Writes golden.json: scikit-learn's TfidfVectorizer on parity_corpus.json, the reference that
tst_tfidfmodel.cpp holds Jobdeck's `sklearn` analyzer to (cosines within 1e-6).

Needs Debian's python3-sklearn (1.2.1 on Debian 12): run it with /usr/bin/python3. The tests never run
it; they read the golden.json it wrote, which is committed next to it."""
import json
import os
import sys

import numpy as np
import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer

HERE = os.path.dirname(os.path.abspath(__file__))
TOKEN_PATTERN = r"(?u)\b\w[\w-]*\w\b|\b[A-Z]{2,}\b"


def vectorizer(options):
    settings = dict(stop_words="english", ngram_range=(1, 2), sublinear_tf=True, token_pattern=TOKEN_PATTERN)
    settings.update(options)
    return TfidfVectorizer(**settings)


def main():
    with open(os.path.join(HERE, "parity_corpus.json"), encoding="utf-8") as f:
        corpus = json.load(f)
    out = {"sklearn_version": sklearn.__version__, "configurations": []}
    for configuration in corpus["configurations"]:
        v = vectorizer(configuration["options"])
        jd_matrix = v.fit_transform(corpus["jds"])
        resume_matrix = v.transform(corpus["resumes"])
        cosines = (resume_matrix @ jd_matrix.T).toarray()
        vocabulary = sorted(v.vocabulary_, key=v.vocabulary_.get)
        idf = {term: float(v.idf_[i]) for i, term in enumerate(vocabulary)}
        out["configurations"].append({
            "name": configuration["name"],
            "options": configuration["options"],
            "vocabulary_size": len(vocabulary),
            "vocabulary": vocabulary,
            "idf": idf,
            "cosines": cosines.tolist(),
        })
    # max_features is pinned where it cuts between two frequencies: scikit-learn breaks ties in an
    # unspecified order (numpy argsort), Jobdeck alphabetically.
    # The analyzer's own output for a few texts: the tokenizer tests compare term lists.
    analyzer = vectorizer({}).build_analyzer()
    out["analyzed"] = {text: analyzer(text) for text in corpus["jds"] + corpus["resumes"]}
    with open(os.path.join(HERE, "golden.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print("golden.json written with scikit-learn", sklearn.__version__, file=sys.stderr)


if __name__ == "__main__":
    main()

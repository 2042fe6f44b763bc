#pragma once

#include <QtGlobal>

namespace jobdeck {

// A document-frequency bound as scikit-learn reads it: a count (an int there) or a share of the
// documents (a float there).
struct DfBound
{
    double value = 1;
    bool isProportion = false;

    static DfBound count(int n) { return {static_cast<double>(n), false}; }
    static DfBound proportion(double p) { return {p, true}; }
    double documents(qsizetype documentCount) const
    {
        return isProportion ? value * static_cast<double>(documentCount) : value;
    }
    bool operator==(const DfBound&) const = default;
};

// TfidfVectorizer's knobs that Jobdeck uses; the defaults are scikit-learn's, with sublinear tf on.
struct TfidfOptions
{
    DfBound minDf = DfBound::count(1);
    DfBound maxDf = DfBound::proportion(1.0);
    int maxFeatures = 0; // 0: no limit
    bool sublinearTf = true;
    // How many threads count a big corpus: 0 lets the machine decide. The model is the same either way.
    int threads = 0;

    bool operator==(const TfidfOptions&) const = default;
};

} // namespace jobdeck

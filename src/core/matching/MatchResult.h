#pragma once

#include <QList>
#include <QString>

namespace jobdeck {

// One term of an explanation: its weight is its share of the cosine (aligned) or its TF-IDF weight in
// the job description (missing).
struct TermWeight
{
    QString term;
    double weight = 0;
    bool isSkill = false;
    bool isHardSkill = false;
};

// How well a resume fits a job description, and why.
struct MatchResult
{
    double matchIndex = 0; // 100 x cosine, rounded to 2 decimals
    double cosine = 0;     // the similarity: TF-IDF cosine, blended with LSA when the matcher has an index
    QList<TermWeight> alignedTerms; // shared terms, biggest contribution first
    QList<TermWeight> missingTerms; // the job's terms the resume lacks: hard skills first, then by weight
    QString hint;
};

} // namespace jobdeck

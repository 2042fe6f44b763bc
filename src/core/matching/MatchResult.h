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

// The named bands of the coverage (see Matcher::bandFor for the thresholds).
enum class MatchBand { Low, Fair, Good, Strong };

// How well a resume fits a job description, and why.
struct MatchResult
{
    double matchIndex = 0; // 100 x cosine, rounded to 2 decimals
    // The share (0-100, 1 decimal) of the job's skills and key phrases, weighted by their TF-IDF weight in
    // the job description, that the resume shows: the figure a person reads ("Match 72 / 100").
    double coverage = 0;
    MatchBand band = MatchBand::Low;
    double cosine = 0;     // the similarity: TF-IDF cosine, blended with LSA when the matcher has an index
    QList<TermWeight> alignedTerms; // shared terms, biggest contribution first
    QList<TermWeight> missingTerms; // the job's terms the resume lacks: hard skills first, then by weight
    QString hint;
};

} // namespace jobdeck

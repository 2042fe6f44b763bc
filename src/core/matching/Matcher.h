#pragma once

#include <QCoreApplication>
#include "matching/MatchIndex.h"
#include "matching/MatchResult.h"
#include "matching/TfidfModel.h"

#include <QByteArray>
#include <QCache>
#include <QMutex>

#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace jobdeck {

class SkillTaxonomy;

// Scores a resume against a job description with a fitted model and explains the score: aligned and
// missing terms and a hint. Results are cached (LRU) by a hash of both full texts and the model.
// evaluate() is thread-safe.
class Matcher
{
    Q_DECLARE_TR_FUNCTIONS(jobdeck::Matcher)

public:
    static constexpr int kDefaultCacheSize = 256;
    static constexpr int kMaxMissingTerms = 25;
    static constexpr int kMaxAlignedTerms = 25;

    explicit Matcher(std::shared_ptr<const TfidfModel> model, int cacheSize = kDefaultCacheSize);
    // With the index of the stored job descriptions, scores blend in its LSA space as rank() does.
    Matcher(std::shared_ptr<const TfidfModel> model, MatchIndex index, int cacheSize = kDefaultCacheSize);

    MatchResult evaluate(const QString& resume, const QString& jd) const;
    // The same, but the words of the employer's name are never listed as missing.
    MatchResult evaluate(const QString& resume, const QString& jd, const QString& employer) const;
    // The same from vectors the caller already has (ranking with --explain).
    MatchResult explain(const SparseVector& resume, const SparseVector& jd) const;

    const TfidfModel& model() const { return *m_model; }
    std::shared_ptr<const TfidfModel> sharedModel() const { return m_model; }
    int cacheSize() const;
    qsizetype cachedCount() const;

    // match_index: 100 x cosine rounded to 2 decimals.
    static double matchIndex(double cosine);

private:
    QByteArray cacheKey(const QString& resume, const QString& jd) const;
    // What each of the model's terms is (skill, hard skill, worth naming as missing), worked out once.
    const std::vector<quint8>& termKinds() const;
    QString hint(const MatchResult& result) const;

    std::shared_ptr<const TfidfModel> m_model;
    std::optional<MatchIndex> m_index;
    const SkillTaxonomy& m_skills;
    mutable QMutex m_mutex;
    mutable QCache<QByteArray, MatchResult> m_cache;
    // One resume is usually scored against many job descriptions: its vector is kept for the next call.
    mutable QString m_lastResume;
    mutable SparseVector m_lastResumeVector;
    mutable std::once_flag m_kindsOnce;
    mutable std::vector<quint8> m_kinds;
};

} // namespace jobdeck

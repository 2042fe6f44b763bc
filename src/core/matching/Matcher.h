#pragma once

#include <QCoreApplication>
#include "matching/MatchIndex.h"
#include "matching/MatchResult.h"
#include "matching/TermHashSet.h"
#include "matching/TfidfModel.h"

#include <QByteArray>
#include <QCache>
#include <QSet>
#include <QMutex>

#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace jobdeck {

class ExplanationScope;
struct RowScope;
class Analyzer;
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

    // Coverage bands: Low below 40, Fair from 40, Good from 60, Strong from 80 (of 100). A resume that
    // shows the job's weightiest skills but not its every phrase lands in Good; Strong needs nearly all.
    static constexpr double kFairFrom = 40;
    static constexpr double kGoodFrom = 60;
    static constexpr double kStrongFrom = 80;

    // A resume ready to be explained against many job descriptions: its weight in every column, so each
    // explanation walks only the job description's own terms.
    struct PreparedResume
    {
        std::vector<double> weights; // by column; 0 where the resume lacks the term
        QSet<QString> skills;        // the skills its text names (with the text only), columns or not
    };

    explicit Matcher(std::shared_ptr<const TfidfModel> model, int cacheSize = kDefaultCacheSize);
    // With the index of the stored job descriptions, scores blend in its LSA space as rank() does.
    Matcher(std::shared_ptr<const TfidfModel> model, MatchIndex index, int cacheSize = kDefaultCacheSize);

    MatchResult evaluate(const QString& resume, const QString& jd) const;
    // The same for a stored application: its employer's name and its location are never listed, nor are
    // the job description's other proper nouns and boilerplate sentences (see ExplanationScope). Skills
    // both texts name are aligned even when the model has no column for them.
    MatchResult evaluate(const QString& resume, const QString& jd, const QString& employer,
                         const QString& location = {}) const;
    // The same from vectors the caller already has.
    MatchResult explain(const SparseVector& resume, const SparseVector& jd) const;

    PreparedResume prepare(const SparseVector& resume) const;
    // The same with the resume's text, so that explanations can name skills the model has no column for.
    PreparedResume prepare(const SparseVector& resume, const QString& text) const;
    // Explains row `row` of the index's rows for a prepared resume. `similarity` is the score the index
    // ranked the row with, so nothing is scored twice: the cost is the job description's own terms.
    MatchResult explain(const PreparedResume& resume, const SparseRows& rows, int row, double similarity) const;
    // The same for a stored application: no term `excluded` names, and no key phrase with a word of it, is
    // listed. `excluded` is sorted: ExplanationScope::rankExclusions of the job description (its employer,
    // location, proper nouns and boilerplate), or namesOf its employer and location alone. Still
    // O(terms of that job description): nothing is tokenized again.
    MatchResult explain(const PreparedResume& resume, const SparseRows& rows, int row, double similarity,
                        const QStringList& excluded) const;
    // The same with what ExplanationScope::rankScope found in the row's text: its skills that have no column
    // are aligned (with no weight) where the prepared resume names them, missing where it does not, as
    // evaluate() lists them.
    MatchResult explain(const PreparedResume& resume, const SparseRows& rows, int row, double similarity,
                        const RowScope& scope) const;
    // The skills among the terms the model dropped as too common (TfidfModel::droppedAsCommon), worked
    // out once: what ExplanationScope::rankScope looks for in a ranked row's text.
    const QStringList& skillsWithoutColumn() const;
    // The words of an application's employer and location, as written and as the analyzer reads them
    // ("Nimbus Cloud, Munich": cloud, munich, nimbus), sorted: what its explanations never name.
    static QStringList namesOf(const Analyzer& analyzer, const QString& employer, const QString& location);
    // The coverage alone (0-100, 1 decimal), as cheaply: what ranking without explanations reports.
    double coverage(const PreparedResume& resume, const SparseRows& rows, int row) const;

    const TfidfModel& model() const { return *m_model; }
    std::shared_ptr<const TfidfModel> sharedModel() const { return m_model; }
    int cacheSize() const;
    qsizetype cachedCount() const;

    // match_index: 100 x cosine rounded to 2 decimals.
    static double matchIndex(double cosine);
    static MatchBand bandFor(double coverage);
    // The band's name for people ("Good"), and for scripts ("good").
    static QString bandName(MatchBand band);
    static QString bandKey(MatchBand band);
    // "Match 72 / 100 · Good" and a sentence saying what the figure means.
    static QString coverageText(const MatchResult& result);
    static QString coverageExplanation();

private:
    QByteArray cacheKey(const QString& resume, const QString& jd, const QString& employer,
                        const QString& location) const;
    MatchResult evaluateCached(const QString& resume, const QString& jd, const QString& employer,
                               const QString& location) const;
    // The explanation of a job description's terms (`columns`, `values`, sorted by column) for a resume
    // whose weight in a column `resumeWeight(column)` gives (columns asked in increasing order). Terms
    // naming the employer (`excluded` words), and with a `scope` the terms it does not allow, are neither
    // listed nor counted; the scope's skills the model has no column for are listed. Sets the TF-IDF cosine.
    template <typename ResumeWeight>
    MatchResult describe(ResumeWeight&& resumeWeight, const int* columns, const double* values, qsizetype count,
                         const TermHashSet& excluded, double* tfidfCosine,
                         const ExplanationScope* scope = nullptr, const RowScope* row = nullptr,
                         const QSet<QString>* resumeSkills = nullptr) const;
    bool namesExcluded(int column, const TermHashSet& excluded) const;
    // How many fitted documents hold the term (0 when the model saw only the two texts compared).
    qsizetype documentFrequency(int column) const;
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
    mutable Eigen::VectorXd m_lastResumeFold; // its place in the index's LSA space, when there is one
    mutable std::once_flag m_kindsOnce;
    mutable std::vector<quint8> m_kinds;
    mutable std::once_flag m_withoutColumnOnce;
    mutable QStringList m_withoutColumn;
};

} // namespace jobdeck

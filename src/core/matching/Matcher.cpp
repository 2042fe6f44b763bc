#include "matching/Matcher.h"

#include "matching/SkillTaxonomy.h"
#include "matching/WordList.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QMutexLocker>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace jobdeck {
namespace {

constexpr quint8 kSkill = 1;
constexpr quint8 kHardSkill = 2;
constexpr quint8 kNameable = 4; // may be listed as a missing term

bool hasLetter(QStringView term)
{
    return std::any_of(term.cbegin(), term.cend(), [](QChar c) { return c.isLetter(); });
}

QString joinedList(const QStringList& items)
{
    if (items.size() <= 1)
        return items.value(0);
    return QCoreApplication::translate("jobdeck", "%1 and %2").arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}

} // namespace

Matcher::Matcher(std::shared_ptr<const TfidfModel> model, int cacheSize)
    : m_model(std::move(model)), m_skills(SkillTaxonomy::builtIn()), m_cache(std::max(0, cacheSize))
{
}

Matcher::Matcher(std::shared_ptr<const TfidfModel> model, MatchIndex index, int cacheSize)
    : m_model(std::move(model)), m_index(std::move(index)), m_skills(SkillTaxonomy::builtIn()),
      m_cache(std::max(0, cacheSize))
{
}

int Matcher::cacheSize() const
{
    const QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_cache.maxCost());
}

qsizetype Matcher::cachedCount() const
{
    const QMutexLocker lock(&m_mutex);
    return m_cache.count();
}

double Matcher::matchIndex(double cosine) { return std::round(cosine * 100.0 * 100.0) / 100.0; }

QByteArray Matcher::cacheKey(const QString& resume, const QString& jd) const
{
    // Two independently seeded 64-bit hashes of each full text (Qt's hardware-accelerated string hash):
    // 128 bits per text, far cheaper than a cryptographic digest and as safe for a 256-entry cache.
    const quint64 key[] = {m_model->serial(),
                           quint64(resume.size()),
                           quint64(jd.size()),
                           quint64(qHash(QStringView(resume), size_t(0x9e3779b97f4a7c15ULL))),
                           quint64(qHash(QStringView(resume), size_t(0xc2b2ae3d27d4eb4fULL))),
                           quint64(qHash(QStringView(jd), size_t(0x9e3779b97f4a7c15ULL))),
                           quint64(qHash(QStringView(jd), size_t(0xc2b2ae3d27d4eb4fULL)))};
    return QByteArray(reinterpret_cast<const char*>(key), sizeof key);
}

MatchResult Matcher::evaluate(const QString& resume, const QString& jd) const
{
    const QByteArray key = cacheKey(resume, jd);
    {
        const QMutexLocker lock(&m_mutex);
        if (const MatchResult* cached = m_cache.object(key))
            return *cached;
    }
    SparseVector resumeVector;
    bool known = false;
    {
        const QMutexLocker lock(&m_mutex);
        if (m_lastResume == resume && !m_lastResume.isNull()) {
            resumeVector = m_lastResumeVector;
            known = true;
        }
    }
    if (!known)
        resumeVector = m_model->transform(resume);
    MatchResult result = explain(resumeVector, m_model->transform(jd));
    const QMutexLocker lock(&m_mutex);
    if (!known) {
        m_lastResume = resume;
        m_lastResumeVector = std::move(resumeVector);
    }
    m_cache.insert(key, new MatchResult(result));
    return result;
}

const std::vector<quint8>& Matcher::termKinds() const
{
    std::call_once(m_kindsOnce, [this] {
        const WordList& filler = WordList::defaultStopWords();
        m_kinds.resize(static_cast<size_t>(m_model->termCount()));
        for (int column = 0; column < m_model->termCount(); ++column) {
            const QStringView term = m_model->term(column);
            quint8 kind = 0;
            if (const Skill* skill = m_skills.find(term))
                kind = kSkill | (skill->hard ? kHardSkill : 0) | kNameable;
            // Otherwise a missing term must be one content word: not a bigram of filler, not a number,
            // never a stop word of the default list (even under the sklearn analyzer).
            else if (!term.contains(QLatin1Char(' ')) && hasLetter(term) && !filler.contains(term))
                kind = kNameable;
            m_kinds[static_cast<size_t>(column)] = kind;
        }
    });
    return m_kinds;
}

MatchResult Matcher::explain(const SparseVector& resume, const SparseVector& jd) const
{
    const std::vector<quint8>& kinds = termKinds();
    struct Candidate
    {
        int column;
        double weight;
        bool hard;
    };
    std::vector<Candidate> aligned;
    std::vector<Candidate> missing;

    // Walk both sorted index lists once: shared columns are aligned, the job's own are candidates.
    SparseVector::InnerIterator r(resume);
    double cosine = 0;
    for (SparseVector::InnerIterator j(jd); j; ++j) {
        const int column = static_cast<int>(j.index());
        const quint8 kind = kinds[static_cast<size_t>(column)];
        while (r && r.index() < j.index())
            ++r;
        if (r && r.index() == j.index()) {
            const double contribution = r.value() * j.value();
            cosine += contribution;
            aligned.push_back(Candidate{column, contribution, (kind & kHardSkill) != 0});
        } else if (kind & kNameable) {
            missing.push_back(Candidate{column, j.value(), (kind & kHardSkill) != 0});
        }
    }
    auto byWeight = [](const Candidate& a, const Candidate& b) {
        return a.weight > b.weight || (a.weight == b.weight && a.column < b.column);
    };
    auto hardFirst = [&](const Candidate& a, const Candidate& b) {
        if (a.hard != b.hard)
            return a.hard;
        return byWeight(a, b);
    };
    const size_t alignedCount = std::min<size_t>(aligned.size(), kMaxAlignedTerms);
    const size_t missingCount = std::min<size_t>(missing.size(), kMaxMissingTerms);
    std::partial_sort(aligned.begin(), aligned.begin() + alignedCount, aligned.end(), byWeight);
    std::partial_sort(missing.begin(), missing.begin() + missingCount, missing.end(), hardFirst);

    MatchResult result;
    auto describe = [&](const Candidate& candidate) {
        const quint8 kind = kinds[static_cast<size_t>(candidate.column)];
        return TermWeight{m_model->term(candidate.column).toString(), candidate.weight, (kind & kSkill) != 0,
                          (kind & kHardSkill) != 0};
    };
    result.alignedTerms.reserve(qsizetype(alignedCount));
    for (size_t i = 0; i < alignedCount; ++i)
        result.alignedTerms.append(describe(aligned[i]));
    result.missingTerms.reserve(qsizetype(missingCount));
    for (size_t i = 0; i < missingCount; ++i)
        result.missingTerms.append(describe(missing[i]));
    // Aligned weights add up to the TF-IDF cosine; the score is the index's similarity (with LSA when on).
    result.cosine = m_index ? m_index->similarity(resume, jd, cosine) : cosine;
    result.matchIndex = matchIndex(result.cosine);
    result.hint = hint(result);
    return result;
}

MatchResult Matcher::evaluate(const QString& resume, const QString& jd, const QString& employer) const
{
    MatchResult result = evaluate(resume, jd);
    // The employer's own name is in every job description it posts; it is nothing a resume should add.
    const QStringList words = employer.toLower().split(QRegularExpression(QStringLiteral("[^\\w+#.-]+")),
                                                       Qt::SkipEmptyParts);
    const qsizetype before = result.missingTerms.size();
    result.missingTerms.removeIf([&words](const TermWeight& term) { return !term.isSkill && words.contains(term.term); });
    if (result.missingTerms.size() != before)
        result.hint = hint(result);
    return result;
}

QString Matcher::hint(const MatchResult& result) const
{
    QStringList skills;
    for (const TermWeight& term : result.missingTerms) {
        if (term.isSkill && skills.size() < 3)
            skills.append(term.term);
    }
    if (!skills.isEmpty())
        return tr("The job asks for %1, which your resume does not show: mention any you have.")
            .arg(joinedList(skills));
    if (result.alignedTerms.isEmpty())
        return tr("Your resume shares no terms with this job description.");
    if (!result.missingTerms.isEmpty()) {
        QStringList words;
        for (qsizetype i = 0; i < std::min<qsizetype>(3, result.missingTerms.size()); ++i)
            words.append(result.missingTerms.at(i).term);
        return tr("Your resume covers the skills this job names; it could echo its wording: %1.")
            .arg(joinedList(words));
    }
    return tr("Your resume covers every term this job description weighs.");
}

} // namespace jobdeck

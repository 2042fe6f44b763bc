#include "matching/Matcher.h"

#include "matching/SkillTaxonomy.h"
#include "matching/WordList.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMutexLocker>

#include <algorithm>
#include <cmath>

namespace jobdeck {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("Matcher", text); }

bool hasLetter(const QString& term)
{
    return std::any_of(term.cbegin(), term.cend(), [](QChar c) { return c.isLetter(); });
}

QString joinedList(const QStringList& items)
{
    if (items.size() <= 1)
        return items.value(0);
    return tr("%1 and %2").arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
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
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const quint64 header[] = {m_model->serial(), quint64(resume.size()), quint64(jd.size())};
    hash.addData(QByteArrayView(reinterpret_cast<const char*>(header), sizeof header));
    hash.addData(QByteArrayView(reinterpret_cast<const char*>(resume.constData()), resume.size() * 2));
    hash.addData(QByteArrayView(reinterpret_cast<const char*>(jd.constData()), jd.size() * 2));
    return hash.result();
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

MatchResult Matcher::explain(const SparseVector& resume, const SparseVector& jd) const
{
    MatchResult result;
    auto describe = [this](int column, double weight) {
        TermWeight term;
        term.term = m_model->term(column);
        term.weight = weight;
        if (const Skill* skill = m_skills.find(term.term)) {
            term.isSkill = true;
            term.isHardSkill = skill->hard;
        }
        return term;
    };

    // Walk both sorted index lists once: shared columns are aligned, the job's own are candidates.
    const WordList& filler = WordList::defaultStopWords();
    SparseVector::InnerIterator r(resume);
    double cosine = 0;
    for (SparseVector::InnerIterator j(jd); j; ++j) {
        while (r && r.index() < j.index())
            ++r;
        if (r && r.index() == j.index()) {
            const double contribution = r.value() * j.value();
            cosine += contribution;
            result.alignedTerms.append(describe(static_cast<int>(j.index()), contribution));
            continue;
        }
        TermWeight term = describe(static_cast<int>(j.index()), j.value());
        // A missing term must name something: a skill, or one content word (not a bigram of filler,
        // not a number, never a stop word of the default list even under the sklearn analyzer).
        if (!term.isSkill && (term.term.contains(QLatin1Char(' ')) || !hasLetter(term.term)
                              || filler.contains(term.term)))
            continue;
        result.missingTerms.append(term);
    }
    // Aligned weights add up to the TF-IDF cosine; the score is the index's similarity (with LSA when on).
    result.cosine = m_index ? m_index->similarity(resume, jd, cosine) : cosine;
    result.matchIndex = matchIndex(result.cosine);

    std::stable_sort(result.alignedTerms.begin(), result.alignedTerms.end(),
                     [](const TermWeight& a, const TermWeight& b) { return a.weight > b.weight; });
    std::stable_sort(result.missingTerms.begin(), result.missingTerms.end(),
                     [](const TermWeight& a, const TermWeight& b) {
                         if (a.isHardSkill != b.isHardSkill)
                             return a.isHardSkill;
                         return a.weight > b.weight;
                     });
    if (result.alignedTerms.size() > kMaxAlignedTerms)
        result.alignedTerms.resize(kMaxAlignedTerms);
    if (result.missingTerms.size() > kMaxMissingTerms)
        result.missingTerms.resize(kMaxMissingTerms);
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

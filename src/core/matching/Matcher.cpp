#include "matching/Matcher.h"

#include "matching/ExplanationScope.h"
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
constexpr quint8 kCounted = 8; // a skill or a key phrase: named in explanations, part of the coverage

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

MatchBand Matcher::bandFor(double coverage)
{
    if (coverage >= kStrongFrom)
        return MatchBand::Strong;
    if (coverage >= kGoodFrom)
        return MatchBand::Good;
    if (coverage >= kFairFrom)
        return MatchBand::Fair;
    return MatchBand::Low;
}

QString Matcher::bandName(MatchBand band)
{
    switch (band) {
    case MatchBand::Strong:
        return tr("Strong");
    case MatchBand::Good:
        return tr("Good");
    case MatchBand::Fair:
        return tr("Fair");
    case MatchBand::Low:
        break;
    }
    return tr("Low");
}

QString Matcher::bandKey(MatchBand band)
{
    switch (band) {
    case MatchBand::Strong:
        return QStringLiteral("strong");
    case MatchBand::Good:
        return QStringLiteral("good");
    case MatchBand::Fair:
        return QStringLiteral("fair");
    case MatchBand::Low:
        break;
    }
    return QStringLiteral("low");
}

QString Matcher::coverageText(const MatchResult& result)
{
    return tr("Match %1 / 100 \u00b7 %2").arg(QString::number(result.coverage, 'f', 0), bandName(result.band));
}

QString Matcher::coverageExplanation()
{
    return tr("The share of this job's skills and key phrases that your resume shows, each counted by its weight "
              "in the job description. Low below %1, Fair from %1, Good from %2, Strong from %3.")
        .arg(kFairFrom)
        .arg(kGoodFrom)
        .arg(kStrongFrom);
}

QByteArray Matcher::cacheKey(const QString& resume, const QString& jd, const QString& employer,
                             const QString& location) const
{
    // Two independently seeded 64-bit hashes of each full text (Qt's hardware-accelerated string hash):
    // 128 bits per text, far cheaper than a cryptographic digest and as safe for a 256-entry cache.
    const quint64 key[] = {m_model->serial(),
                           quint64(resume.size()),
                           quint64(jd.size()),
                           quint64(qHash(QStringView(resume), size_t(0x9e3779b97f4a7c15ULL))),
                           quint64(qHash(QStringView(resume), size_t(0xc2b2ae3d27d4eb4fULL))),
                           quint64(qHash(QStringView(jd), size_t(0x9e3779b97f4a7c15ULL))),
                           quint64(qHash(QStringView(jd), size_t(0xc2b2ae3d27d4eb4fULL))),
                           quint64(qHash(QStringView(employer), size_t(0x9e3779b97f4a7c15ULL))),
                           quint64(qHash(QStringView(location), size_t(0x9e3779b97f4a7c15ULL)))};
    return QByteArray(reinterpret_cast<const char*>(key), sizeof key);
}

MatchResult Matcher::evaluate(const QString& resume, const QString& jd) const
{
    return evaluateCached(resume, jd, QString(), QString());
}

MatchResult Matcher::evaluate(const QString& resume, const QString& jd, const QString& employer,
                              const QString& location) const
{
    return evaluateCached(resume, jd, employer, location);
}

MatchResult Matcher::evaluateCached(const QString& resume, const QString& jd, const QString& employer,
                                    const QString& location) const
{
    const QByteArray key = cacheKey(resume, jd, employer, location);
    {
        const QMutexLocker lock(&m_mutex);
        if (const MatchResult* cached = m_cache.object(key))
            return *cached;
    }
    SparseVector resumeVector;
    Eigen::VectorXd resumeFold;
    bool known = false;
    {
        const QMutexLocker lock(&m_mutex);
        if (m_lastResume == resume && !m_lastResume.isNull()) {
            resumeVector = m_lastResumeVector;
            resumeFold = m_lastResumeFold;
            known = true;
        }
    }
    if (!known) {
        resumeVector = m_model->transform(resume);
        // The resume's place in the LSA space costs a pass over the corpus: once per resume, not per job.
        if (m_index)
            resumeFold = m_index->fold(resumeVector);
    }
    const SparseVector jdVector = m_model->transform(jd);
    // The employer's own name is in every job description it posts; it is nothing a resume should add.
    const TermHashSet excluded(employer.toLower().split(QRegularExpression(QStringLiteral("[^\\w+#.-]+")),
                                                        Qt::SkipEmptyParts));
    SparseVector::InnerIterator r(resumeVector);
    auto resumeWeight = [&r](int column) {
        while (r && r.index() < column)
            ++r;
        return r && r.index() == column ? r.value() : 0.0;
    };
    const ExplanationScope scope(m_model->analyzer(), m_skills, resume, jd, employer, location);
    double cosine = 0;
    MatchResult result = describe(resumeWeight, jdVector.innerIndexPtr(), jdVector.valuePtr(), jdVector.nonZeros(),
                                  excluded, &cosine, &scope);
    result.cosine = m_index ? m_index->similarity(resumeFold, jdVector, cosine) : cosine;
    result.matchIndex = matchIndex(result.cosine);
    const QMutexLocker lock(&m_mutex);
    if (!known) {
        m_lastResume = resume;
        m_lastResumeVector = std::move(resumeVector);
        m_lastResumeFold = std::move(resumeFold);
    }
    m_cache.insert(key, new MatchResult(result));
    return result;
}

const std::vector<quint8>& Matcher::termKinds() const
{
    std::call_once(m_kindsOnce, [this] {
        const WordList& filler = WordList::defaultStopWords();
        auto contentWord = [&](QStringView word) { return hasLetter(word) && !filler.contains(word) && !m_skills.find(word); };
        // A title's role noun or grade makes no phrase with the next word: "(Designer) to join our growing
        // team" gives "designer growing", "Senior Finance (Manager)" gives "senior finance". "data engineer"
        // stays.
        const WordList& roles = WordList::roleNouns();
        const WordList& grades = WordList::titleGrades();
        auto startsPhrase = [&](QStringView word) { return !roles.contains(word) && !grades.contains(word); };
        m_kinds.resize(static_cast<size_t>(m_model->termCount()));
        for (int column = 0; column < m_model->termCount(); ++column) {
            const QStringView term = m_model->term(column);
            quint8 kind = 0;
            const qsizetype space = term.indexOf(QLatin1Char(' '));
            if (const Skill* skill = m_skills.find(term))
                kind = kSkill | (skill->hard ? kHardSkill : 0) | kCounted;
            // A key phrase: two content words, neither a skill on its own (the skill counts already), that
            // more than one stored job description uses ("unit testing", not "engineer munich" of one ad).
            else if (space > 0 && term.indexOf(QLatin1Char(' '), space + 1) < 0 && contentWord(term.first(space))
                     && startsPhrase(term.first(space)) && contentWord(term.sliced(space + 1))
                     && documentFrequency(column) >= 2)
                kind = kCounted;
            m_kinds[static_cast<size_t>(column)] = kind;
        }
    });
    return m_kinds;
}

qsizetype Matcher::documentFrequency(int column) const
{
    // Inverts the smooth idf, ln((1 + n) / (1 + df)) + 1, of a term the analyzer does not boost. With no
    // corpus but the two texts compared, every phrase is as rare as the next: none is key.
    const qsizetype n = m_model->documentCount();
    if (n < 3)
        return 0;
    return qRound64(double(1 + n) * std::exp(1.0 - m_model->idf(column))) - 1;
}

bool Matcher::namesExcluded(int column, const TermHashSet& excluded) const
{
    if (excluded.isEmpty())
        return false;
    const QStringView term = m_model->term(column);
    for (qsizetype from = 0; from <= term.size();) {
        qsizetype to = term.indexOf(QLatin1Char(' '), from);
        if (to < 0)
            to = term.size();
        if (excluded.contains(term.sliced(from, to - from)))
            return true;
        from = to + 1;
    }
    return false;
}

namespace {

double roundedShare(double covered, double total)
{
    return total > 0 ? std::round(covered / total * 1000.0) / 10.0 : 0.0;
}

} // namespace

template <typename ResumeWeight>
MatchResult Matcher::describe(ResumeWeight&& resumeWeight, const int* columns, const double* values, qsizetype count,
                              const TermHashSet& excluded, double* tfidfCosine, const ExplanationScope* scope,
                              const RowScope* row, const QSet<QString>* resumeSkills) const
{
    const std::vector<quint8>& kinds = termKinds();
    struct Candidate
    {
        QStringView term;
        double weight;
        int order; // 0 hard skill, 1 soft skill, 2 key phrase
        int column;
    };
    auto orderOf = [](quint8 kind) { return (kind & kHardSkill) ? 0 : (kind & kSkill) ? 1 : 2; };
    std::vector<Candidate> aligned;
    std::vector<Candidate> missing;

    // Shared columns are aligned, the job's own are missing, but only skills and key phrases are named:
    // a plain word ("end", "build", "clear") is nothing a resume should add. The counted ones make the
    // coverage. The cosine is summed over every shared column in column order, as it always was.
    double cosine = 0;
    double counted = 0;
    double covered = 0;
    double heaviest = 0; // of the counted terms
    for (qsizetype i = 0; i < count; ++i) {
        const int column = columns[i];
        const double weight = values[i];
        const quint8 kind = kinds[static_cast<size_t>(column)];
        const double own = resumeWeight(column);
        if (own != 0)
            cosine += own * weight;
        if (!(kind & kCounted))
            continue;
        // The employer's name, the job's place and proper nouns, boilerplate: not the job's requirements.
        // Without a scope (the rank paths, which tokenize nothing again) a term `excluded` names whole
        // (a skill the employer's name makes, "Nimbus Cloud": cloud computing) is left out as well.
        const bool skipped = (!(kind & kSkill) && namesExcluded(column, excluded))
                             || (!scope && excluded.contains(m_model->term(column)))
                             || (scope && !scope->allows(m_model->term(column).toString()));
        if (skipped)
            continue;
        counted += weight;
        heaviest = std::max(heaviest, weight);
        if (own != 0) {
            covered += weight;
            aligned.push_back(Candidate{m_model->term(column), own * weight, orderOf(kind), column});
        } else {
            missing.push_back(Candidate{m_model->term(column), weight, orderOf(kind), column});
        }
    }
    *tfidfCosine = cosine;
    // Skills both texts name but the model has no column for: aligned all the same, with no weight, as
    // they add nothing to the cosine; the job's others are missing.
    //  - Matched (a scope): the skill is in none of the texts the model was fitted on (a job description
    //    from elsewhere, or one edited since the fit), so it is the rarest of the job's terms. The coverage
    //    counts it as heavily as the job's heaviest term: "Match 100 / 100" next to a missing skill would
    //    be a contradiction.
    //  - Ranked (a row): the analyzer dropped it as too common (the default analyzer keeps skills, so only
    //    another analyzer's pruning). The coverage leaves it out, as Matcher::coverage() does for the same
    //    row unexplained: the two must agree. A row's scope found them in its text (rankScope); the
    //    resume's skills come with it, prepared.
    auto withoutColumn = [&](const QString& skill, bool resumeHas, double weight) {
        const Skill* known = m_skills.find(skill);
        counted += weight;
        if (resumeHas)
            covered += weight;
        const Candidate candidate{QStringView(skill), resumeHas ? 0.0 : weight, known && known->hard ? 0 : 1, -1};
        (resumeHas ? aligned : missing).push_back(candidate);
    };
    if (scope) {
        for (const QString& skill : scope->jdSkills()) {
            if (m_model->indexOf(skill) < 0)
                withoutColumn(skill, scope->resumeHas(skill), heaviest > 0 ? heaviest : 1.0);
        }
    }
    if (row) {
        for (const QString& skill : row->skillsWithoutColumn) {
            if (m_model->indexOf(skill) < 0)
                withoutColumn(skill, resumeSkills && resumeSkills->contains(skill), 0.0);
        }
    }
    auto hardFirst = [](const Candidate& a, const Candidate& b) {
        if (a.order != b.order)
            return a.order < b.order;
        if (a.weight != b.weight)
            return a.weight > b.weight;
        return a.term < b.term;
    };
    const size_t alignedCount = std::min<size_t>(aligned.size(), kMaxAlignedTerms);
    const size_t missingCount = std::min<size_t>(missing.size(), kMaxMissingTerms);
    std::partial_sort(aligned.begin(), aligned.begin() + alignedCount, aligned.end(), hardFirst);
    std::partial_sort(missing.begin(), missing.begin() + missingCount, missing.end(), hardFirst);

    MatchResult result;
    auto term = [](const Candidate& candidate) {
        return TermWeight{candidate.term.toString(), candidate.weight, candidate.order < 2, candidate.order == 0};
    };
    result.alignedTerms.reserve(qsizetype(alignedCount));
    for (size_t i = 0; i < alignedCount; ++i)
        result.alignedTerms.append(term(aligned[i]));
    result.missingTerms.reserve(qsizetype(missingCount));
    for (size_t i = 0; i < missingCount; ++i)
        result.missingTerms.append(term(missing[i]));
    result.coverage = roundedShare(covered, counted);
    result.band = bandFor(result.coverage);
    result.hint = hint(result);
    return result;
}

MatchResult Matcher::explain(const SparseVector& resume, const SparseVector& jd) const
{
    SparseVector::InnerIterator r(resume);
    auto resumeWeight = [&r](int column) {
        while (r && r.index() < column)
            ++r;
        return r && r.index() == column ? r.value() : 0.0;
    };
    double cosine = 0;
    MatchResult result = describe(resumeWeight, jd.innerIndexPtr(), jd.valuePtr(), jd.nonZeros(), {}, &cosine);
    // Aligned weights add up to the TF-IDF cosine; the score is the index's similarity (with LSA when on).
    result.cosine = m_index ? m_index->similarity(resume, jd, cosine) : cosine;
    result.matchIndex = matchIndex(result.cosine);
    return result;
}

Matcher::PreparedResume Matcher::prepare(const SparseVector& resume, const QString& text) const
{
    PreparedResume prepared = prepare(resume);
    for (QStringView token : m_model->analyzer().tokens(text).tokens) {
        if (!token.isEmpty() && m_skills.find(token))
            prepared.skills.insert(token.toString());
    }
    return prepared;
}

const QStringList& Matcher::skillsWithoutColumn() const
{
    std::call_once(m_withoutColumnOnce, [this] {
        for (const QString& term : m_model->droppedAsCommon()) {
            // The analyzer's own term for a skill is its canonical name: an alias never reaches the model.
            if (const Skill* skill = m_skills.find(term); skill && skill->term == term)
                m_withoutColumn.append(term);
        }
    });
    return m_withoutColumn;
}

Matcher::PreparedResume Matcher::prepare(const SparseVector& resume) const
{
    PreparedResume prepared;
    prepared.weights.assign(static_cast<size_t>(m_model->termCount()), 0.0);
    for (SparseVector::InnerIterator r(resume); r; ++r) {
        if (r.index() < Eigen::Index(prepared.weights.size()))
            prepared.weights[static_cast<size_t>(r.index())] = r.value();
    }
    return prepared;
}

MatchResult Matcher::explain(const PreparedResume& resume, const SparseRows& rows, int row, double similarity) const
{
    return explain(resume, rows, row, similarity, RowScope{});
}

QStringList Matcher::namesOf(const Analyzer& analyzer, const QString& employer, const QString& location)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w+#.-]+"));
    QStringList words;
    for (const QString& name : {employer, location}) {
        for (const QString& word : name.toLower().split(separators, Qt::SkipEmptyParts)) {
            if (!words.contains(word))
                words.append(word);
        }
        // As the analyzer reads the name too: an alias folds into its canonical term.
        for (QStringView token : analyzer.tokens(name).tokens) {
            if (!token.isEmpty() && !words.contains(token))
                words.append(token.toString());
        }
    }
    std::sort(words.begin(), words.end()); // explain() looks them up by binary search
    return words;
}

MatchResult Matcher::explain(const PreparedResume& resume, const SparseRows& rows, int row, double similarity,
                             const QStringList& excluded) const
{
    return explain(resume, rows, row, similarity, RowScope{TermHashSet(excluded), {}});
}

MatchResult Matcher::explain(const PreparedResume& resume, const SparseRows& rows, int row, double similarity,
                             const RowScope& scope) const
{
    const Eigen::Index begin = rows.outerIndexPtr()[row];
    const Eigen::Index end = rows.isCompressed() ? rows.outerIndexPtr()[row + 1] : begin + rows.innerNonZeroPtr()[row];
    const double* weights = resume.weights.data();
    const size_t known = resume.weights.size();
    auto resumeWeight = [weights, known](int column) { return size_t(column) < known ? weights[column] : 0.0; };
    double cosine = 0;
    MatchResult result = describe(resumeWeight, rows.innerIndexPtr() + begin, rows.valuePtr() + begin, end - begin,
                                  scope.excluded, &cosine, nullptr, &scope, &resume.skills);
    result.cosine = similarity;
    result.matchIndex = matchIndex(similarity);
    return result;
}

double Matcher::coverage(const PreparedResume& resume, const SparseRows& rows, int row) const
{
    const std::vector<quint8>& kinds = termKinds();
    const Eigen::Index begin = rows.outerIndexPtr()[row];
    const Eigen::Index end = rows.isCompressed() ? rows.outerIndexPtr()[row + 1] : begin + rows.innerNonZeroPtr()[row];
    double counted = 0;
    double covered = 0;
    for (Eigen::Index i = begin; i < end; ++i) {
        const size_t column = static_cast<size_t>(rows.innerIndexPtr()[i]);
        if (!(kinds[column] & kCounted))
            continue;
        counted += rows.valuePtr()[i];
        if (column < resume.weights.size() && resume.weights[column] != 0)
            covered += rows.valuePtr()[i];
    }
    return roundedShare(covered, counted);
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
    QStringList words;
    for (qsizetype i = 0; i < std::min<qsizetype>(3, result.missingTerms.size()); ++i)
        words.append(result.missingTerms.at(i).term);
    // Only a full coverage may say "every": the sentence must agree with the figure shown next to it.
    if (result.coverage >= 100.0 && words.isEmpty())
        return tr("Your resume shows every skill and key phrase this job description weighs.");
    if (words.isEmpty())
        return tr("Your resume shows every skill this job names, and %1% of its weighted skills and key phrases.")
            .arg(QString::number(result.coverage, 'f', 0));
    return tr("Your resume shows every skill this job names; it could echo its wording: %1.").arg(joinedList(words));
}

} // namespace jobdeck

#include "matching/ExplanationScope.h"

#include "matching/Analyzer.h"
#include "matching/Matcher.h"
#include "matching/SkillTaxonomy.h"
#include "matching/TermTable.h"

#include <QRegularExpression>

#include <QHash>

#include <algorithm>
#include <array>
#include <mutex>

namespace jobdeck {
namespace {

// Replaces what is left out: a clause break the analyzer does not bridge with a bigram, and no sentence
// start (the next word stays mid-sentence, so a name after it is still seen as one).
const QString kGap = QStringLiteral(" ; ");

// Sentences no resume should echo: equal-opportunity statements, benefits, how to apply.
const QRegularExpression& boilerplate()
{
    static const QRegularExpression re(
        QStringLiteral("equal[- ]opportunit|affirmative action|without regard to|regardless of|"
                       "\\b(?:sexual orientation|gender identity|national origin|veteran status)\\b|"
                       "\\bbenefits?\\b|\\bperks\\b|paid time off|\\bpto\\b|health insurance|\\bdental\\b|"
                       "\\bpension\\b|401\\(?k\\)?|parental leave|competitive (?:salary|pay|compensation)|"
                       "stock options|\\bgym\\b|free (?:lunch|snacks)|what we offer|\\bwe offer\\b|apply now|"
                       "how to apply|send (?:us )?your (?:cv|resume)|diverse and inclusive"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// "Nimbus Cloud is hiring", "We're hiring": the words before it name the employer.
const QRegularExpression& hiring()
{
    static const QRegularExpression re(QStringLiteral("^\\W*(.*?)\\s*(?:\\bis|\\bare|'re|’re)\\s+(?:now\\s+)?hiring\\b"),
                                       QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// A capitalised word, whole: a dot, slash, dash or ampersand inside it stays ("Node.js", "CI/CD", "R&D"),
// one that ends it does not; a word that only continues another (".NET", "C/C++") is none.
const QRegularExpression& capitalised()
{
    static const QRegularExpression re(
        QStringLiteral("(?<![\\p{L}\\p{N}./#+&-])\\p{Lu}(?:[\\p{L}\\p{N}+#]|[./&-](?=[\\p{L}\\p{N}]))*"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// The sentences of a text, each with what ends it (the end mark and the space after it, or a newline).
QStringList sentences(const QString& text)
{
    QStringList out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool mark = (c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?'))
                          && (i + 1 == text.size() || text.at(i + 1).isSpace());
        if (mark || c == QLatin1Char('\n')) {
            out.append(text.mid(start, i + 1 - start));
            start = i + 1;
        }
    }
    if (start < text.size())
        out.append(text.mid(start));
    return out;
}

// True if nothing but spaces and bullet marks stands between the sentence's start and `at`.
bool startsSentence(const QString& sentence, qsizetype at)
{
    for (qsizetype i = 0; i < at; ++i) {
        const QChar c = sentence.at(i);
        if (!c.isSpace() && !QStringLiteral("-*\u2022\u00b7\"'(").contains(c))
            return false;
    }
    return true;
}

bool anySkill(const Analyzer& analyzer, const SkillTaxonomy& skills, const QString& text, bool* allSkills)
{
    const TokenSequence sequence = analyzer.tokens(text);
    bool any = false;
    bool all = true;
    for (QStringView token : sequence.tokens) {
        if (token.isEmpty())
            continue;
        const bool skill = skills.find(token) != nullptr;
        any = any || skill;
        all = all && skill;
    }
    if (allSkills)
        *allSkills = all && !sequence.tokens.isEmpty();
    return any;
}

// True if the words from `at` on begin a skill of two or more words that the word at `at` alone is not.
bool startsSkillPhrase(const Analyzer& analyzer, const SkillTaxonomy& skills, const QString& sentence, qsizetype at)
{
    qsizetype end = at;
    while (end < sentence.size() && !sentence.at(end).isSpace())
        ++end;
    const TokenSequence alone = analyzer.tokens(sentence.mid(at, end - at));
    if (alone.tokens.isEmpty() || !skills.startsPhrase(alone.tokens.first(), TermTable::hash(alone.tokens.first())))
        return false;
    const TokenSequence phrase = analyzer.tokens(sentence.mid(at, 80));
    return !phrase.tokens.isEmpty() && phrase.tokens.first() != alone.tokens.first()
           && skills.find(phrase.tokens.first()) != nullptr;
}

// Leaves out the sentence's proper nouns: runs of capitalised words with a word that is no skill, unless
// the run as a whole reads as skills ("Apache Airflow"). The sentence's first word is no evidence of a name.
QString withoutProperNouns(const SkillTaxonomy& skills, const Analyzer& analyzer, const QString& sentence,
                           QStringList* removed)
{
    struct Word
    {
        qsizetype from;
        qsizetype to;
    };
    QList<QList<Word>> runs;
    QRegularExpressionMatchIterator it = capitalised().globalMatch(sentence);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const Word word{match.capturedStart(), match.capturedEnd()};
        if (!runs.isEmpty() && sentence.mid(runs.last().last().to, word.from - runs.last().last().to) == QLatin1String(" "))
            runs.last().append(word);
        else
            runs.append({word});
    }
    QString out = sentence;
    for (qsizetype r = runs.size() - 1; r >= 0; --r) {
        const QList<Word>& run = runs.at(r);
        bool named = false;
        for (qsizetype w = 0; w < run.size() && !named; ++w) {
            if (w == 0 && startsSentence(sentence, run.first().from))
                continue;
            const QString word = sentence.mid(run.at(w).from, run.at(w).to - run.at(w).from);
            // A stop word ("The") has no tokens and names nothing; a word that begins a skill's phrase ("RF
            // scanner") is the skill's.
            named = !analyzer.tokens(word).tokens.isEmpty() && !anySkill(analyzer, skills, word, nullptr)
                    && !startsSkillPhrase(analyzer, skills, sentence, run.at(w).from);
        }
        if (!named)
            continue;
        bool allSkills = false;
        const qsizetype from = run.first().from;
        const qsizetype to = run.last().to;
        anySkill(analyzer, skills, sentence.mid(from, to - from), &allSkills);
        if (!allSkills) {
            if (removed)
                removed->append(sentence.mid(from, to - from));
            out.replace(from, to - from, kGap);
        }
    }
    return out;
}

void removePhrase(QString& text, const QString& phrase)
{
    const QString trimmed = phrase.simplified();
    if (trimmed.isEmpty())
        return;
    // Most names are not in most texts: a plain search is far cheaper than the expression.
    if (!text.contains(trimmed.section(QLatin1Char(' '), 0, 0), Qt::CaseInsensitive))
        return;
    const QRegularExpression re(QStringLiteral("(?<![\\p{L}\\p{N}])%1(?![\\p{L}\\p{N}])")
                                    .arg(QRegularExpression::escape(trimmed).replace(QStringLiteral("\\ "), QStringLiteral("\\s+"))),
                                QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    text.replace(re, kGap);
}

// The job description without what informativeText() leaves out; each left-out piece goes to `removed`.
QString leaveOut(const SkillTaxonomy& skills, const Analyzer& analyzer, const QString& jd, const QString& company,
                 const QString& location, QStringList* removed)
{
    QStringList names;
    if (!company.trimmed().isEmpty())
        names.append(company);
    // "Munich, Germany" or "Berlin / remote": each part is a place of its own.
    static const QRegularExpression parts(QStringLiteral("[,;/|()]"));
    for (const QString& part : location.split(parts, Qt::SkipEmptyParts))
        names.append(part);
    QStringList kept;
    for (QString sentence : sentences(jd)) {
        if (boilerplate().match(sentence).hasMatch()) {
            if (removed)
                removed->append(sentence);
            kept.append(QStringLiteral("\n"));
            continue;
        }
        // The announcement is no requirement, and who announces it is the employer: left out everywhere.
        if (const QRegularExpressionMatch match = hiring().match(sentence); match.hasMatch()) {
            const QString who = match.captured(1).trimmed();
            if (!who.isEmpty() && who.compare(QLatin1String("we"), Qt::CaseInsensitive) != 0)
                names.append(who);
            if (removed)
                removed->append(sentence.left(match.capturedEnd()));
            sentence = kGap + sentence.mid(match.capturedEnd());
        }
        kept.append(sentence);
    }
    QString text = kept.join(QString());
    for (const QString& name : std::as_const(names)) {
        if (removed)
            removed->append(name);
        removePhrase(text, name);
    }
    QStringList out;
    for (const QString& sentence : sentences(text))
        out.append(withoutProperNouns(skills, analyzer, sentence, removed));
    return out.join(QString());
}

// The lowercase words of a text, as hashes in a small Bloom filter: enough to tell whether a word that a
// left-out piece holds is also used in the rest of the text. A false "used" only lists a term that could
// have been left out; nothing informative is ever dropped for it.
class WordFilter
{
public:
    void clear() { m_bits.fill(0); }
    // Each word (letters and digits, joined by - & . / as the analyzer joins them), and each part of a
    // joined word ("end-to-end": end, to, end-to-end).
    void addWords(QStringView text)
    {
        forEachWord(text, [this](quint64 hash) { add(hash); });
    }
    bool contains(quint64 hash) const
    {
        return (m_bits[bit(hash) >> 6] >> (bit(hash) & 63) & 1) && (m_bits[bit(hash >> 32) >> 6] >> (bit(hash >> 32) & 63) & 1);
    }
    // Calls `take(hash)` for every word and part of a word of `text`, lowercased.
    template <typename Take>
    static void forEachWord(QStringView text, Take&& take)
    {
        const qsizetype n = text.size();
        const char16_t* s = text.utf16();
        qsizetype i = 0;
        while (i < n) {
            if (!isWordUnit(s[i])) {
                ++i;
                continue;
            }
            quint64 whole = TermTable::kHashSeed;
            quint64 part = TermTable::kHashSeed;
            bool joined = false;
            for (;;) {
                const char16_t u = s[i];
                if (isWordUnit(u)) {
                    const char16_t lower = u < 0x80 ? ((u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u)
                                                    : QChar(u).toLower().unicode();
                    whole = TermTable::hashStep(whole, lower);
                    part = TermTable::hashStep(part, lower);
                    ++i;
                } else if ((u == u'-' || u == u'&' || u == u'.' || u == u'/') && i + 1 < n && isWordUnit(s[i + 1])) {
                    take(TermTable::hashFinish(part));
                    part = TermTable::kHashSeed;
                    joined = true;
                    whole = TermTable::hashStep(whole, u);
                    ++i;
                } else {
                    break;
                }
                if (i >= n)
                    break;
            }
            if (joined)
                take(TermTable::hashFinish(part));
            take(TermTable::hashFinish(whole));
        }
    }

private:
    static constexpr size_t kBits = 8192;
    static size_t bit(quint64 hash) { return size_t(hash) & (kBits - 1); }
    static bool isWordUnit(char16_t u)
    {
        if (u < 0x80)
            return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        return QChar(u).isLetterOrNumber();
    }
    void add(quint64 hash)
    {
        m_bits[bit(hash) >> 6] |= quint64(1) << (bit(hash) & 63);
        m_bits[bit(hash >> 32) >> 6] |= quint64(1) << (bit(hash >> 32) & 63);
    }

    std::array<quint64, kBits / 64> m_bits{};
};

// The aliases of a skill, each as the hashes of its words (its own name among them): worked out on the
// first lookup, once per process (a walk over every key of the taxonomy is too much per text).
const QList<QList<quint64>>& aliasesOf(const SkillTaxonomy& skills, const Skill& skill)
{
    static std::mutex mutex;
    static const SkillTaxonomy* built = nullptr;
    static QHash<QString, QList<QList<quint64>>> byTerm;
    {
        const std::lock_guard lock(mutex);
        if (built != &skills) {
            byTerm.clear();
            for (const QString& key : skills.keys()) {
                const Skill* owner = skills.findPhrase(key);
                if (!owner)
                    continue;
                QList<quint64> words;
                for (const QString& word : key.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    words.append(TermTable::hash(word));
                byTerm[owner->term].append(words);
            }
            built = &skills;
        }
    }
    static const QList<QList<quint64>> none;
    const auto found = byTerm.constFind(skill.term);
    return found == byTerm.cend() ? none : found.value();
}

} // namespace

QString ExplanationScope::informativeText(const SkillTaxonomy& skills, const Analyzer& analyzer, const QString& jd,
                                          const QString& company, const QString& location)
{
    return leaveOut(skills, analyzer, jd, company, location, nullptr);
}

QStringList ExplanationScope::rankExclusions(const Analyzer& analyzer, const SkillTaxonomy& skills, const QString& jd,
                                             const QString& company, const QString& location)
{
    QStringList removed;
    const QString informative = leaveOut(skills, analyzer, jd, company, location, &removed);
    thread_local WordFilter used;
    used.clear();
    used.addWords(informative);
    // A skill the rest of the text names by another of its aliases ("distribution" for logistics) is used.
    auto usedTerm = [&](QStringView token) {
        if (used.contains(TermTable::hash(token)))
            return true;
        const Skill* skill = skills.find(token);
        return skill && std::any_of(aliasesOf(skills, *skill).cbegin(), aliasesOf(skills, *skill).cend(),
                                    [&](const QList<quint64>& words) {
                                        return std::all_of(words.cbegin(), words.cend(),
                                                           [&](quint64 hash) { return used.contains(hash); });
                                    });
    };
    // As Matcher::evaluate: no key phrase with a word of the employer's name. A word that is a skill's
    // own name is left to the check below, which keeps it where the rest of the text names it.
    static const QRegularExpression separators(QStringLiteral("[^\\w+#.-]+"));
    QStringList out;
    for (const QString& word : company.toLower().split(separators, Qt::SkipEmptyParts)) {
        const Skill* skill = skills.find(word);
        if (!skill || skill->term != word)
            out.append(word);
    }
    thread_local TokenSequence tokens;
    for (const QString& piece : std::as_const(removed)) {
        // A word the rest of the text uses too is no name and no boilerplate there: a gap in its place,
        // so that only the piece's own words make terms (and none forms a bigram across it).
        QString own;
        own.reserve(piece.size());
        qsizetype from = 0;
        for (qsizetype i = 0; i <= piece.size(); ++i) {
            if (i < piece.size() && !piece.at(i).isSpace())
                continue;
            const QStringView word = QStringView(piece).sliced(from, i - from);
            bool shared = false;
            WordFilter::forEachWord(word, [&](quint64 hash) { shared = shared || used.contains(hash); });
            own += shared ? kGap : word.toString();
            own += QLatin1Char(' ');
            from = i + 1;
        }
        analyzer.tokenize(own, tokens);
        for (QStringView token : std::as_const(tokens.tokens)) {
            if (!token.isEmpty() && !usedTerm(token))
                out.append(token.toString());
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

ExplanationScope::ExplanationScope(const Analyzer& analyzer, const SkillTaxonomy& skills, const QString& resume,
                                   const QString& jd, const QString& company, const QString& location)
{
    const QString informative = informativeText(skills, analyzer, jd, company, location);
    const QStringList terms = analyzer.terms(informative);
    m_jdTerms = QSet<QString>(terms.cbegin(), terms.cend());
    for (const QString& term : terms) {
        if (skills.find(term) && !m_jdSkills.contains(term))
            m_jdSkills.append(term);
    }
    const TokenSequence own = analyzer.tokens(resume);
    for (QStringView token : own.tokens) {
        if (!token.isEmpty() && skills.find(token))
            m_resumeSkills.insert(token.toString());
    }
}

} // namespace jobdeck

#include "matching/ExplanationScope.h"

#include "matching/Analyzer.h"
#include "matching/Matcher.h"
#include "matching/SkillTaxonomy.h"
#include "matching/TermTable.h"
#include "matching/WordList.h"

#include <QRegularExpression>

#include <QHash>

#include <algorithm>
#include <array>
#include <atomic>
#include <mutex>
#include <vector>

namespace jobdeck {
namespace {

// Replaces what is left out: a clause break the analyzer does not bridge with a bigram, and no sentence
// start (the next word stays mid-sentence, so a name after it is still seen as one).
const QString kGap = QStringLiteral(" ; ");

// Sentences no resume should echo: equal-opportunity statements, benefits, how to apply.
// One per thread, like the other expressions here: rank paths find exclusions on every core.
const QRegularExpression& boilerplate()
{
    thread_local const QRegularExpression re(
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
    thread_local const QRegularExpression re(QStringLiteral("^\\W*(.*?)\\s*(?:\\bis|\\bare|'re|’re)\\s+(?:now\\s+)?hiring\\b"),
                                       QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// The capitalised words of a sentence, whole, as (from, to): a dot, slash, dash or ampersand inside one stays
// ("Node.js", "CI/CD", "R&D"), one that ends it does not; a word that only continues another (".NET",
// "C/C++") is none. A scan, not an expression: it runs on every stored text a ranking explains.
QList<std::pair<qsizetype, qsizetype>> capitalisedWords(QStringView sentence)
{
    auto letterOrNumber = [](char16_t u) {
        if (u < 0x80)
            return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        return QChar(u).isLetterOrNumber();
    };
    auto inner = [](char16_t u) { return u == u'.' || u == u'/' || u == u'&' || u == u'-'; };
    QList<std::pair<qsizetype, qsizetype>> out;
    const char16_t* s = sentence.utf16();
    const qsizetype n = sentence.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i];
        if (c < 0x80 ? !(c >= u'A' && c <= u'Z') : !QChar(c).isUpper())
            continue;
        if (i > 0 && (letterOrNumber(s[i - 1]) || inner(s[i - 1]) || s[i - 1] == u'#' || s[i - 1] == u'+'))
            continue;
        qsizetype j = i + 1;
        while (j < n) {
            const char16_t d = s[j];
            if (letterOrNumber(d) || d == u'+' || d == u'#')
                ++j;
            else if (inner(d) && j + 1 < n && letterOrNumber(s[j + 1]))
                ++j;
            else
                break;
        }
        out.append({i, j});
        i = j - 1;
    }
    return out;
}

// Words that a boilerplate sentence or a hiring announcement cannot do without (see boilerplate() and
// hiring()): the expressions run only on the sentences that hold one, a few of each text.
struct Cues
{
    bool boilerplate = false;
    bool hiring = false;
};

// The sentences of a text, each with what ends it (the end mark and the space after it, or a newline).
QList<QStringView> sentences(QStringView text)
{
    QList<QStringView> out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool mark = (c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?'))
                          && (i + 1 == text.size() || text.at(i + 1).isSpace());
        if (mark || c == QLatin1Char('\n')) {
            out.append(text.sliced(start, i + 1 - start));
            start = i + 1;
        }
    }
    if (start < text.size())
        out.append(text.sliced(start));
    return out;
}

// True if the word at `at` starts its sentence (as sentences() splits the text): nothing but spaces and
// bullet marks stand between it and the text's start, a line end, or an end mark with a space after it.
bool startsSentence(QStringView text, qsizetype at)
{
    auto bulletMark = [](char16_t u) {
        return u == u'-' || u == u'*' || u == u'\u2022' || u == u'\u00b7' || u == u'"' || u == u'\'' || u == u'(';
    };
    qsizetype k = at - 1;
    while (k >= 0 && text.at(k) != QLatin1Char('\n') && (text.at(k).isSpace() || bulletMark(text.at(k).unicode())))
        --k;
    if (k < 0 || text.at(k) == QLatin1Char('\n'))
        return true;
    const QChar c = text.at(k);
    return (c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')) && text.at(k + 1).isSpace();
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

// A word as the default analyzer reads it when it is plain ASCII letters: lowercased into `out`. False for
// any other word (digits, joints, other scripts), which the analyzer itself must read.
bool plainWord(QStringView word, std::array<char16_t, 32>& out, bool* allUpper)
{
    if (word.size() > qsizetype(out.size()))
        return false;
    bool upper = true;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t u = word.at(i).unicode();
        if (u >= u'A' && u <= u'Z') {
            out[size_t(i)] = char16_t(u + 32);
        } else if (u >= u'a' && u <= u'z') {
            out[size_t(i)] = u;
            upper = false;
        } else {
            return false;
        }
    }
    *allUpper = upper;
    return true;
}

// How many words from `at` on (up to `end`, one run of spaces apart, as the tokenizer joins them) make the
// longest skill of two or more words: 0 when none does.
qsizetype skillPhraseAt(const SkillTaxonomy& skills, QStringView text, qsizetype at, qsizetype end)
{
    std::array<char16_t, 160> phrase{};
    qsizetype used = 0;
    qsizetype best = 0;
    qsizetype i = at;
    for (qsizetype words = 1; words <= skills.longestPhrase() && i < end; ++words) {
        qsizetype j = i;
        while (j < end && (text.at(j).isLetterOrNumber()
                           || (QStringView(u"-&./").contains(text.at(j)) && j + 1 < end && text.at(j + 1).isLetterOrNumber())))
            ++j;
        if (j == i || used + (j - i) + 1 > qsizetype(phrase.size()))
            break;
        if (words > 1)
            phrase[size_t(used++)] = u' ';
        for (qsizetype k = i; k < j; ++k)
            phrase[size_t(used++)] = text.at(k).toLower().unicode();
        if (words > 1) {
            const QStringView view(phrase.data(), used);
            const SkillTaxonomy::PhraseStep step = skills.phraseStep(view, TermTable::hash(view));
            if (step.skill)
                best = words;
            if (!step.extends)
                break;
        }
        i = j;
        while (i < end && (text.at(i) == QLatin1Char(' ') || text.at(i) == QLatin1Char('\t')))
            ++i;
        if (i == j)
            break;
    }
    return best;
}

// True if a capitalised word names something: it is no stop word ("The" has no tokens), no skill, and
// does not begin a skill's phrase ("RF scanner"). A plain word of the default analyzer is looked up
// directly; any other goes through the analyzer.
bool namesSomething(const Analyzer& analyzer, const SkillTaxonomy& skills, const QString& sentence, qsizetype from,
                    qsizetype to)
{
    const QStringView word = QStringView(sentence).sliced(from, to - from);
    std::array<char16_t, 32> lower{};
    bool allUpper = false;
    if (analyzer.name() == QLatin1String("default") && plainWord(word, lower, &allUpper)) {
        const QStringView folded(lower.data(), word.size());
        const quint64 hash = TermTable::hash(folded);
        if (skills.find(folded, hash))
            return false;
        if (word.size() < 2 || (!allUpper && WordList::defaultStopWords().contains(folded, hash)))
            return false;
        return !skills.startsPhrase(folded, hash) || skillPhraseAt(skills, sentence, from, sentence.size()) == 0;
    }
    const QString text = word.toString();
    return !analyzer.tokens(text).tokens.isEmpty() && !anySkill(analyzer, skills, text, nullptr)
           && !startsSkillPhrase(analyzer, skills, sentence, from);
}

// True if a run of capitalised words makes skills and nothing else ("Apache Airflow"): every word is a
// skill, part of a skill's phrase, or makes no term, and one at least is a skill.
bool readsAsSkills(const Analyzer& analyzer, const SkillTaxonomy& skills, const QString& text,
                   const QList<std::pair<qsizetype, qsizetype>>& run)
{
    const qsizetype end = run.last().second;
    bool any = false;
    std::array<char16_t, 32> lower{};
    for (qsizetype w = 0; w < run.size(); ++w) {
        const QStringView word = QStringView(text).sliced(run.at(w).first, run.at(w).second - run.at(w).first);
        bool allUpper = false;
        if (analyzer.name() != QLatin1String("default") || !plainWord(word, lower, &allUpper)) {
            bool all = false;
            anySkill(analyzer, skills, text.mid(run.first().first, end - run.first().first), &all);
            return all;
        }
        const QStringView folded(lower.data(), word.size());
        const quint64 hash = TermTable::hash(folded);
        if (skills.startsPhrase(folded, hash)) {
            if (const qsizetype taken = skillPhraseAt(skills, text, run.at(w).first, end); taken > 0) {
                any = true;
                w += taken - 1;
                continue;
            }
        }
        if (skills.find(folded, hash))
            any = true;
        else if (word.size() >= 2 && (allUpper || !WordList::defaultStopWords().contains(folded, hash)))
            return false;
    }
    return any;
}

// Calls `take(hash)` for each word of a taxonomy key (its words are one space apart, lowercase).
template <typename Take>
void forEachKeyWord(const QString& key, Take&& take)
{
    for (qsizetype from = 0; from < key.size();) {
        qsizetype to = key.indexOf(QLatin1Char(' '), from);
        if (to < 0)
            to = key.size();
        if (to > from)
            take(TermTable::hash(QStringView(key).sliced(from, to - from)));
        from = to + 1;
    }
}

// Builds a table from a taxonomy once per process, on the first call, and hands it out without a lock
// afterwards: rank paths ask on every core for every word they look at.
template <typename Table, typename Build>
const Table& onceFor(const SkillTaxonomy& skills, std::mutex& mutex, std::atomic<const SkillTaxonomy*>& built,
                     Table& table, Build&& build)
{
    if (built.load(std::memory_order_acquire) != &skills) {
        const std::lock_guard lock(mutex);
        if (built.load(std::memory_order_relaxed) != &skills) {
            table = build();
            built.store(&skills, std::memory_order_release);
        }
    }
    return table;
}

// The hashes of every word of the skill list's keys, sorted.
const std::vector<quint64>& skillKeyWords(const SkillTaxonomy& skills)
{
    static std::mutex mutex;
    static std::atomic<const SkillTaxonomy*> built = nullptr;
    static std::vector<quint64> words;
    return onceFor(skills, mutex, built, words, [&skills] {
        std::vector<quint64> all;
        for (const QString& key : skills.keys())
            forEachKeyWord(key, [&all](quint64 hash) { all.push_back(hash); });
        std::sort(all.begin(), all.end());
        all.erase(std::unique(all.begin(), all.end()), all.end());
        return all;
    });
}

// True if the hash is of a word of one of the skill list's keys ("machine", "learning", "maintenance",
// "data"): a word a job title's field may hold.
bool skillKeyWord(const SkillTaxonomy& skills, quint64 hash)
{
    const std::vector<quint64>& words = skillKeyWords(skills);
    return std::binary_search(words.cbegin(), words.cend(), hash);
}

// True if a run of capitalised words is a job title ("Machine Learning Engineer", "Senior CNC Machinist",
// "Registered Nurse"): its last word but grades ("II") is a role noun (resources/matching/role_nouns.txt),
// and every other word is a skill or part of a skill's phrase, a word of the skill list's keys, a grade
// ("Senior") or another title word ("Lead", "Registered"), a role noun, or a stop word. A title is what the job is, no name: its skills
// are the job's own ("machine learning"), and a resume that names the same title says so.
bool readsAsJobTitle(const SkillTaxonomy& skills, const QString& text, const QList<std::pair<qsizetype, qsizetype>>& run)
{
    const WordList& roles = WordList::roleNouns();
    const WordList& grades = WordList::titleGrades();
    const WordList& modifiers = WordList::titleModifiers();
    struct Word
    {
        std::array<char16_t, 32> lower{};
        qsizetype size = 0;
        quint64 hash = 0;
        bool allUpper = false;
        QStringView folded() const { return QStringView(lower.data(), size); }
    };
    // Most runs are not titles: the role noun at the end is checked before anything else.
    qsizetype last = run.size() - 1;
    auto read = [&](qsizetype w, Word& word) {
        const QStringView raw = QStringView(text).sliced(run.at(w).first, run.at(w).second - run.at(w).first);
        if (!plainWord(raw, word.lower, &word.allUpper))
            return false;
        word.size = raw.size();
        word.hash = TermTable::hash(word.folded());
        return true;
    };
    Word word;
    for (; last >= 0; --last) {
        if (!read(last, word))
            return false;
        if (!grades.contains(word.folded(), word.hash))
            break;
    }
    if (last < 0 || !roles.contains(word.folded(), word.hash))
        return false;
    const qsizetype end = run.last().second;
    for (qsizetype w = 0; w < last; ++w) {
        if (!read(w, word))
            return false;
        if (skills.startsPhrase(word.folded(), word.hash)) {
            if (const qsizetype taken = skillPhraseAt(skills, text, run.at(w).first, end); taken > 0) {
                w += taken - 1;
                continue;
            }
        }
        const bool known = skills.find(word.folded(), word.hash) || skillKeyWord(skills, word.hash)
                           || grades.contains(word.folded(), word.hash) || modifiers.contains(word.folded(), word.hash)
                           || roles.contains(word.folded(), word.hash)
                           || (!word.allUpper && WordList::defaultStopWords().contains(word.folded(), word.hash));
        if (!known)
            return false;
    }
    return true;
}

// Leaves out the text's proper nouns: runs of capitalised words with a word that is no skill, unless the
// run as a whole reads as skills ("Apache Airflow"). A sentence's first word is no evidence of a name.
QString withoutProperNouns(const SkillTaxonomy& skills, const Analyzer& analyzer, const QString& text,
                           QStringList* removed)
{
    const QList<std::pair<qsizetype, qsizetype>> words = capitalisedWords(text);
    QString out;
    out.reserve(text.size());
    qsizetype copied = 0;
    for (qsizetype first = 0; first < words.size();) {
        // A run: capitalised words one space apart.
        qsizetype last = first;
        while (last + 1 < words.size() && words.at(last + 1).first == words.at(last).second + 1
               && text.at(words.at(last).second) == QLatin1Char(' '))
            ++last;
        bool named = false;
        for (qsizetype w = first; w <= last && !named; ++w) {
            if (w == first && startsSentence(text, words.at(w).first))
                continue;
            named = namesSomething(analyzer, skills, text, words.at(w).first, words.at(w).second);
        }
        const qsizetype from = words.at(first).first;
        const qsizetype to = words.at(last).second;
        const qsizetype runFirst = first;
        first = last + 1;
        if (!named)
            continue;
        const QString run = text.mid(from, to - from);
        const QList<std::pair<qsizetype, qsizetype>> runWords = words.mid(runFirst, last + 1 - runFirst);
        if (readsAsSkills(analyzer, skills, text, runWords) || readsAsJobTitle(skills, text, runWords))
            continue;
        if (removed)
            removed->append(run);
        out.append(QStringView(text).sliced(copied, from - copied));
        out.append(kGap);
        copied = to;
    }
    out.append(QStringView(text).sliced(copied));
    return out;
}

// A phrase as a whole, in any case, its words any spaces apart.
QRegularExpression phraseExpression(const QString& trimmed)
{
    return QRegularExpression(QStringLiteral("(?<![\\p{L}\\p{N}])%1(?![\\p{L}\\p{N}])")
                                  .arg(QRegularExpression::escape(trimmed).replace(QStringLiteral("\\ "), QStringLiteral("\\s+"))),
                              QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

void removePhrase(QString& text, const QString& phrase)
{
    const QString trimmed = phrase.simplified();
    if (trimmed.isEmpty())
        return;
    // Most names are not in most texts: a plain search is far cheaper than the expression.
    if (!text.contains(trimmed.section(QLatin1Char(' '), 0, 0), Qt::CaseInsensitive))
        return;
    text.replace(phraseExpression(trimmed), kGap);
}

// The lowercase words of a text, as hashes in a small Bloom filter: enough to tell whether a word that a
// left-out piece holds is also used in the rest of the text. A false "used" only lists a term that could
// have been left out; nothing informative is ever dropped for it.
class WordFilter
{
    static constexpr size_t kBits = 8192;
    static size_t bit(quint64 hash) { return size_t(hash) & (kBits - 1); }

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
    // Calls `take(hash)` for every word and part of a word of `text`, lowercased. A part is hashed apart
    // only in a word that has one (most have none).
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
            qsizetype partStart = i;
            bool joined = false;
            for (; i < n; ++i) {
                const char16_t u = s[i];
                if (isWordUnit(u)) {
                    whole = TermTable::hashStep(whole, lower(u));
                } else if ((u == u'-' || u == u'&' || u == u'.' || u == u'/') && i + 1 < n && isWordUnit(s[i + 1])) {
                    take(hashOf(s, partStart, i));
                    partStart = i + 1;
                    joined = true;
                    whole = TermTable::hashStep(whole, u);
                } else {
                    break;
                }
            }
            if (joined)
                take(hashOf(s, partStart, i));
            take(TermTable::hashFinish(whole));
        }
    }

    static char16_t lower(char16_t u)
    {
        if (u < 0x80)
            return (u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u;
        return QChar(u).toLower().unicode();
    }
    static quint64 hashOf(const char16_t* s, qsizetype from, qsizetype to)
    {
        quint64 hash = TermTable::kHashSeed;
        for (qsizetype i = from; i < to; ++i)
            hash = TermTable::hashStep(hash, lower(s[i]));
        return TermTable::hashFinish(hash);
    }
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

private:
    std::array<quint64, kBits / 64> m_bits{};
};

// The cue words, looked up by hash: 0 for most words, kBoilerplate for a word a boilerplate sentence cannot
// do without, kHiring for "hiring". One bit of 64 per cue word first, so most words cost no search.
class CueWords
{
public:
    static constexpr int kBoilerplate = 1;
    static constexpr int kHiring = 2;
    static constexpr int kWhole = 4;

    CueWords()
    {
        for (const char16_t* word : {u"opportunity", u"opportunities", u"affirmative", u"regard", u"regardless",
                                     u"orientation", u"identity", u"origin", u"veteran", u"paid", u"unpaid",
                                     u"insurance", u"insurances", u"401", u"401k", u"parental", u"competitive",
                                     u"options", u"lunch", u"snacks", u"offer", u"apply", u"cv", u"resume", u"inclusive"})
            m_words.emplace_back(TermTable::hash(QStringView(word)), kBoilerplate);
        m_words.emplace_back(TermTable::hash(QStringView(u"hiring")), kHiring);
        // Words the expression takes whole, on their own (\bbenefits?\b, \bgym\b): a sentence with one as a
        // whole word is boilerplate without running it.
        for (const char16_t* word : {u"benefit", u"benefits", u"perks", u"pto", u"dental", u"pension", u"gym"})
            m_words.emplace_back(TermTable::hash(QStringView(word)), kBoilerplate | kWhole);
        std::sort(m_words.begin(), m_words.end());
        for (const auto& [hash, cue] : m_words)
            m_mask[size_t(hash >> 6) & (kMaskWords - 1)] |= quint64(1) << (hash & 63);
        const std::pair<const char16_t*, const char16_t*> pairs[] = {
            {u"we", u"offer"},          {u"equal", u"opportunity"}, {u"equal", u"opportunities"},
            {u"regardless", u"of"},     {u"national", u"origin"},   {u"sexual", u"orientation"},
            {u"gender", u"identity"},   {u"veteran", u"status"},    {u"parental", u"leave"},
            {u"health", u"insurance"},  {u"stock", u"options"},     {u"affirmative", u"action"}};
        for (const auto& [first, second] : pairs)
            m_pairs.emplace_back(TermTable::hash(QStringView(first)), TermTable::hash(QStringView(second)));
        std::sort(m_pairs.begin(), m_pairs.end());
        for (const auto& [first, second] : m_pairs)
            m_pairMask |= quint64(1) << (second & 63);
    }
    // True if "first second", one space apart and whole, is a phrase the boilerplate expression takes as it
    // stands ("we offer", "equal opportunity", "national origin").
    bool surePair(quint64 first, quint64 second) const
    {
        return std::binary_search(m_pairs.cbegin(), m_pairs.cend(), std::pair<quint64, quint64>(first, second));
    }
    // False for most words: no sure phrase ends with them.
    bool endsPair(quint64 hash) const { return m_pairMask >> (hash & 63) & 1; }
    quint64 hiringWord() const { return m_hiring; }
    // The words "hiring" may follow in an announcement ("is", "are", "'re"), and "now" between.
    bool announces(quint64 hash) const { return hash == m_is || hash == m_are || hash == m_re; }
    quint64 now() const { return m_now; }
    int cue(quint64 hash) const
    {
        if (!(m_mask[size_t(hash >> 6) & (kMaskWords - 1)] >> (hash & 63) & 1))
            return 0;
        const auto found = std::lower_bound(m_words.cbegin(), m_words.cend(), std::pair<quint64, int>(hash, 0));
        return found != m_words.cend() && found->first == hash ? found->second : 0;
    }

private:
    // A bit per cue word among 2,048: every word of every text asks, and one in 60 passes to the search.
    static constexpr size_t kMaskWords = 32;
    std::vector<std::pair<quint64, int>> m_words;
    std::array<quint64, kMaskWords> m_mask{};
    std::vector<std::pair<quint64, quint64>> m_pairs;
    quint64 m_pairMask = 0;
    quint64 m_hiring = TermTable::hash(QStringView(u"hiring"));
    quint64 m_is = TermTable::hash(QStringView(u"is"));
    quint64 m_are = TermTable::hash(QStringView(u"are"));
    quint64 m_re = TermTable::hash(QStringView(u"re"));
    quint64 m_now = TermTable::hash(QStringView(u"now"));
};

int cueOf(quint64 hash)
{
    static const CueWords words;
    return words.cue(hash);
}

Cues cuesOf(QStringView sentence)
{
    Cues cues;
    WordFilter::forEachWord(sentence, [&](quint64 hash) {
        const int cue = cueOf(hash);
        cues.boilerplate = cues.boilerplate || (cue & CueWords::kBoilerplate);
        cues.hiring = cues.hiring || (cue & CueWords::kHiring);
    });
    return cues;
}

// The names an application's text is read without: its employer, and each part of its location
// ("Munich, Germany" or "Berlin / remote": each part is a place of its own).
QStringList namesOf(const QString& company, const QString& location)
{
    QStringList names;
    if (!company.trimmed().isEmpty())
        names.append(company);
    thread_local const QRegularExpression parts(QStringLiteral("[,;/|()]"));
    for (const QString& part : location.split(parts, Qt::SkipEmptyParts))
        names.append(part);
    return names;
}

// The job description without what informativeText() leaves out; each left-out piece goes to `removed`.
QString leaveOut(const SkillTaxonomy& skills, const Analyzer& analyzer, const QString& jd, const QString& company,
                 const QString& location, QStringList* removed)
{
    QStringList names = namesOf(company, location);
    QString text;
    text.reserve(jd.size() + 8);
    for (QStringView sentence : sentences(jd)) {
        const Cues cues = cuesOf(sentence);
        if (cues.boilerplate && boilerplate().match(sentence).hasMatch()) {
            if (removed)
                removed->append(sentence.toString());
            text.append(QLatin1Char('\n'));
            continue;
        }
        // The announcement is no requirement, and who announces it is the employer: left out everywhere.
        if (!cues.hiring) {
            text.append(sentence);
            continue;
        }
        if (const QRegularExpressionMatch match = hiring().match(sentence); match.hasMatch()) {
            const QString who = match.captured(1).trimmed();
            if (!who.isEmpty() && who.compare(QLatin1String("we"), Qt::CaseInsensitive) != 0)
                names.append(who);
            if (removed)
                removed->append(sentence.first(match.capturedEnd()).toString());
            text.append(kGap);
            sentence = sentence.sliced(match.capturedEnd());
        }
        text.append(sentence);
    }
    for (const QString& name : std::as_const(names)) {
        if (removed)
            removed->append(name);
        removePhrase(text, name);
    }
    return withoutProperNouns(skills, analyzer, text, removed);
}

// Every skill's aliases, each as the hashes of its words (its own name among them), by the skill's term.
const QHash<QString, QList<QList<quint64>>>& aliasTable(const SkillTaxonomy& skills)
{
    static std::mutex mutex;
    static std::atomic<const SkillTaxonomy*> built = nullptr;
    static QHash<QString, QList<QList<quint64>>> byTerm;
    return onceFor(skills, mutex, built, byTerm, [&skills] {
        QHash<QString, QList<QList<quint64>>> table;
        for (const QString& key : skills.keys()) {
            const Skill* owner = skills.findPhrase(key);
            if (!owner)
                continue;
            QList<quint64> words;
            forEachKeyWord(key, [&words](quint64 hash) { words.append(hash); });
            table[owner->term].append(std::move(words));
        }
        return table;
    });
}

// The aliases of a skill (a walk over every key of the taxonomy is too much per text: see aliasTable).
const QList<QList<quint64>>& aliasesOf(const SkillTaxonomy& skills, const Skill& skill)
{
    static const QList<QList<quint64>> none;
    const auto& table = aliasTable(skills);
    const auto found = table.constFind(skill.term);
    return found == table.cend() ? none : found.value();
}

} // namespace

void ExplanationScope::prepare(const SkillTaxonomy& skills)
{
    skillKeyWords(skills);
    aliasTable(skills);
}

QString ExplanationScope::informativeText(const SkillTaxonomy& skills, const Analyzer& analyzer, const QString& jd,
                                          const QString& company, const QString& location)
{
    return leaveOut(skills, analyzer, jd, company, location, nullptr);
}

namespace {

// A word of a job description as WordFilter::forEachWord reads it, with what the rank path's single pass
// needs to know of it.
struct WordRecord
{
    qsizetype from = 0;
    qsizetype to = 0;
    quint64 hash = 0; // of the whole word, lowercased
    int sentence = 0;
    bool joined = false;  // has parts ("end-to-end")
    bool capital = false; // a capitalised word (see capitalisedWords) starts here
    bool removed = false;
};

// The words and sentences of a text in one pass: the same sentences as sentences(), the same words as
// WordFilter::forEachWord, the same capitalised words as capitalisedWords().
void scanWords(QStringView text, std::vector<WordRecord>& words, std::vector<std::pair<qsizetype, qsizetype>>& sentenceRanges)
{
    words.clear();
    sentenceRanges.clear();
    // ASCII first, by table: 1 a word unit, 2 an upper-case letter, 4 what may end a sentence.
    static constexpr std::array<quint8, 128> classes = [] {
        std::array<quint8, 128> out{};
        for (int c = 0; c < 128; ++c) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                out[size_t(c)] = 1;
            else if (c >= 'A' && c <= 'Z')
                out[size_t(c)] = 1 | 2;
            else if (c == '.' || c == '!' || c == '?' || c == '\n')
                out[size_t(c)] = 4;
        }
        return out;
    }();
    const char16_t* s = text.utf16();
    const qsizetype n = text.size();
    qsizetype sentenceStart = 0;
    for (qsizetype i = 0; i < n;) {
        const char16_t c = s[i];
        if (c < 0x80 && !(classes[c] & (1 | 4))) {
            ++i;
            continue;
        }
        if (c < 0x80 ? (classes[c] & 1) : WordFilter::isWordUnit(c)) {
            WordRecord& word = words.emplace_back();
            word.from = i;
            word.sentence = int(sentenceRanges.size());
            // Most words are lowercase: what stands before one is read only for a capital.
            if (c < 0x80 ? (classes[c] & 2) != 0 : QChar(c).isUpper()) {
                const char16_t before = i > 0 ? s[i - 1] : u' ';
                word.capital = before != u'.' && before != u'/' && before != u'#' && before != u'+' && before != u'&'
                               && before != u'-';
            }
            quint64 hash = TermTable::kHashSeed;
            for (; i < n; ++i) {
                const char16_t u = s[i];
                if (u < 0x80 && (classes[u] & 1)) {
                    hash = TermTable::hashStep(hash, (classes[u] & 2) ? char16_t(u + 32) : u);
                } else if (u >= 0x80 && WordFilter::isWordUnit(u)) {
                    hash = TermTable::hashStep(hash, WordFilter::lower(u));
                } else if ((u == u'-' || u == u'&' || u == u'.' || u == u'/') && i + 1 < n
                           && WordFilter::isWordUnit(s[i + 1])) {
                    word.joined = true;
                    hash = TermTable::hashStep(hash, u);
                } else {
                    break;
                }
            }
            word.to = i;
            word.hash = TermTable::hashFinish(hash);
            continue;
        }
        if (((c == u'.' || c == u'!' || c == u'?') && (i + 1 == n || QChar(s[i + 1]).isSpace())) || c == u'\n') {
            sentenceRanges.emplace_back(sentenceStart, i + 1);
            sentenceStart = i + 1;
        }
        ++i;
    }
    if (sentenceStart < n)
        sentenceRanges.emplace_back(sentenceStart, n);
}

// Where the capitalised word that starts at `from` ends (the pattern of capitalisedWords()).
qsizetype capitalisedEnd(QStringView text, qsizetype from)
{
    auto letterOrNumber = [](QChar c) { return c.unicode() < 0x80 ? WordFilter::isWordUnit(c.unicode()) : c.isLetterOrNumber(); };
    qsizetype j = from + 1;
    while (j < text.size()) {
        const QChar d = text.at(j);
        if (letterOrNumber(d) || d == QLatin1Char('+') || d == QLatin1Char('#'))
            ++j;
        else if ((d == QLatin1Char('.') || d == QLatin1Char('/') || d == QLatin1Char('&') || d == QLatin1Char('-'))
                 && j + 1 < text.size() && letterOrNumber(text.at(j + 1)))
            ++j;
        else
            break;
    }
    return j;
}

// Marks the words of each place the text names `name` (simplified), as removePhrase() finds them: its
// words in any case, any spaces apart, whole. Matched on the words' hashes; the expression runs only in
// the rare text where the name's first word is part of a joined word ("Acme-based").
void removeName(const QString& jd, const QString& name, std::vector<WordRecord>& words)
{
    struct NameWord
    {
        quint64 hash;
        QString after; // what stands between it and the next word, spaces as one
    };
    QList<NameWord> parts;
    const qsizetype n = name.size();
    bool plain = n > 0 && WordFilter::isWordUnit(name.at(0).unicode()) && WordFilter::isWordUnit(name.at(n - 1).unicode());
    for (qsizetype i = 0; plain && i < n;) {
        qsizetype j = i;
        while (j < n && WordFilter::isWordUnit(name.at(j).unicode()))
            ++j;
        NameWord word{WordFilter::hashOf(QStringView(name).utf16(), i, j), QString()};
        i = j;
        while (i < n && !WordFilter::isWordUnit(name.at(i).unicode()))
            ++i;
        word.after = name.mid(j, i - j);
        // A joint inside a word ("Acme-Data") makes one word of the text: the expression handles it.
        plain = word.after.contains(QLatin1Char(' ')) || i == n;
        parts.append(word);
    }
    const QString firstWord = name.section(QLatin1Char(' '), 0, 0);
    const bool insideJoined = std::any_of(words.cbegin(), words.cend(), [&](const WordRecord& word) {
        return !word.removed && word.joined
               && QStringView(jd).sliced(word.from, word.to - word.from).contains(firstWord, Qt::CaseInsensitive);
    });
    if (!plain || insideJoined) {
        QRegularExpressionMatchIterator it = phraseExpression(name).globalMatch(jd);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            for (WordRecord& word : words) {
                if (word.from < match.capturedEnd() && word.to > match.capturedStart())
                    word.removed = true;
            }
        }
        return;
    }
    auto between = [&](const WordRecord& a, const WordRecord& b) {
        QString text = jd.mid(a.to, b.from - a.to).simplified();
        return text;
    };
    for (size_t w = 0; w + size_t(parts.size()) <= words.size(); ++w) {
        bool match = true;
        for (qsizetype k = 0; k < parts.size() && match; ++k) {
            const WordRecord& word = words[w + size_t(k)];
            match = !word.joined && word.hash == parts.at(k).hash
                    && (k + 1 == parts.size() || between(word, words[w + size_t(k) + 1]) == parts.at(k).after.simplified());
        }
        if (!match)
            continue;
        for (qsizetype k = 0; k < parts.size(); ++k)
            words[w + size_t(k)].removed = true;
    }
}

} // namespace

namespace {

// rankScope and rankExclusions: the excluded terms as hashes in the scope, and as text in `asText` when given.
RowScope findRankScope(const Analyzer& analyzer, const SkillTaxonomy& skills, const QString& jd, const QString& company,
                       const QString& location, const QStringList& withoutColumn, QStringList* asText)
{
    // What leaveOut() leaves out, found in one pass over the text's words instead of editing the text: the
    // same pieces, and the words of the rest as a filter.
    thread_local std::vector<WordRecord> words;
    thread_local std::vector<std::pair<qsizetype, qsizetype>> sentenceRanges;
    scanWords(jd, words, sentenceRanges);
    // The left-out pieces: ranges of the text, or (-1, i) for names.at(i).
    thread_local std::vector<std::pair<qsizetype, qsizetype>> removed;
    removed.clear();
    QStringList names = namesOf(company, location);
    auto removeBetween = [&](size_t first, qsizetype from, qsizetype to) {
        for (size_t w = first; w < words.size() && words[w].from < to; ++w) {
            if (words[w].to > from)
                words[w].removed = true;
        }
    };
    // Boilerplate sentences and hiring announcements, only where a word they need is.
    static const CueWords cueWords;
    for (size_t w = 0; w < words.size();) {
        const int sentence = words[w].sentence;
        int cues = 0;
        bool surely = false; // boilerplate without asking the expression
        size_t end = w;
        // \b of the expression: no letter, digit, mark or underscore on that side.
        auto bounded = [&](qsizetype at) {
            return at < 0 || at >= jd.size() || (jd.at(at) != QLatin1Char('_') && !jd.at(at).isLetterOrNumber() && !jd.at(at).isMark());
        };
        for (; end < words.size() && words[end].sentence == sentence; ++end) {
            const WordRecord& word = words[end];
            const int cue = cueWords.cue(word.hash);
            cues |= cue;
            // A joined word's parts are words to the expressions too ("Benefits-eligible").
            if (word.joined) {
                WordFilter::forEachWord(QStringView(jd).sliced(word.from, word.to - word.from),
                                        [&](quint64 hash) { cues |= cueWords.cue(hash); });
            }
            if (surely || word.joined || (cue == 0 && !cueWords.endsPair(word.hash)) || !bounded(word.from - 1)
                || !bounded(word.to))
                continue;
            // A word taken whole, or a phrase taken as it stands, one space apart: the expression matches.
            surely = (cue & CueWords::kWhole)
                     || (end > w && !words[end - 1].joined && words[end - 1].to + 1 == word.from
                         && jd.at(word.from - 1) == QLatin1Char(' ') && bounded(words[end - 1].from - 1)
                         && cueWords.surePair(words[end - 1].hash, word.hash));
        }
        // An announcement needs "is", "are" or "'re", spaces, maybe "now", then "hiring": without one the
        // expression cannot match. A joined word there is left to the expression.
        auto spaces = [&](const WordRecord& a, const WordRecord& b) {
            if (b.from <= a.to)
                return false;
            for (qsizetype i = a.to; i < b.from; ++i) {
                if (!jd.at(i).isSpace())
                    return false;
            }
            return true;
        };
        if (cues & CueWords::kHiring) {
            bool possible = false;
            for (size_t k = w; k < end && !possible; ++k) {
                if (words[k].joined) {
                    possible = true;
                    continue;
                }
                if (words[k].hash != cueWords.hiringWord() || k == w)
                    continue;
                size_t before = k - 1;
                if (words[before].hash == cueWords.now() && before > w && spaces(words[before - 1], words[before])
                    && spaces(words[before], words[k]))
                    --before;
                possible = (words[before].joined || cueWords.announces(words[before].hash))
                           && spaces(words[before], words[before + 1 == k ? k : before + 1]);
            }
            if (!possible)
                cues &= ~CueWords::kHiring;
        }
        if (cues != 0) {
            const auto [from, to] = sentenceRanges[size_t(sentence)];
            const QStringView text = QStringView(jd).sliced(from, to - from);
            if ((cues & CueWords::kBoilerplate) && (surely || boilerplate().match(text).hasMatch())) {
                removed.emplace_back(from, to);
                removeBetween(w, from, to);
            } else if (cues & CueWords::kHiring) {
                if (const QRegularExpressionMatch match = hiring().match(text); match.hasMatch()) {
                    const QString who = match.captured(1).trimmed();
                    if (!who.isEmpty() && who.compare(QLatin1String("we"), Qt::CaseInsensitive) != 0)
                        names.append(who);
                    removed.emplace_back(from, from + match.capturedEnd());
                    removeBetween(w, from, from + match.capturedEnd());
                }
            }
        }
        w = end;
    }
    // The employer, its places and whoever announces the job, wherever they are named.
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString trimmed = names.at(i).simplified();
        if (trimmed.isEmpty())
            continue;
        removed.emplace_back(-1, i);
        removeName(jd, trimmed, words);
    }
    // Proper nouns: runs of capitalised words one space apart, as withoutProperNouns() reads them.
    for (size_t w = 0; w < words.size();) {
        if (!words[w].capital || words[w].removed) {
            ++w;
            continue;
        }
        thread_local QList<std::pair<qsizetype, qsizetype>> run; // one buffer for every run
        run.clear();
        run.append({words[w].from, capitalisedEnd(jd, words[w].from)});
        size_t next = w + 1;
        for (;;) {
            while (next < words.size() && words[next].from < run.last().second)
                ++next;
            if (next < words.size() && words[next].capital && !words[next].removed
                && words[next].from == run.last().second + 1 && jd.at(run.last().second) == QLatin1Char(' ')
                && std::none_of(words.cbegin() + qsizetype(w), words.cbegin() + qsizetype(next),
                                [](const WordRecord& word) { return word.removed; }))
                run.append({words[next].from, capitalisedEnd(jd, words[next].from)});
            else
                break;
        }
        bool named = false;
        for (qsizetype r = 0; r < run.size() && !named; ++r) {
            if (r == 0 && startsSentence(jd, run.first().first))
                continue;
            named = namesSomething(analyzer, skills, jd, run.at(r).first, run.at(r).second);
        }
        if (named && !readsAsSkills(analyzer, skills, jd, run) && !readsAsJobTitle(skills, jd, run)) {
            removed.emplace_back(run.first().first, run.last().second);
            removeBetween(w, run.first().first, run.last().second);
        }
        w = next;
    }
    RowScope scope;
    // The skills the model has no column for that the rest of the text names: an alias's words in a row,
    // one run of spaces apart, as the analyzer joins a phrase (a word's parts count for a one-word alias:
    // "Python/Django"). A skill written only capitalised ("Go") must be so. One pass over the words: each
    // alias is filed under its first word's hash, and a bit of 64 per first word spares most words a search.
    if (!withoutColumn.isEmpty()) {
        struct Head
        {
            quint64 hash;
            qsizetype skill; // in withoutColumn
            const QList<quint64>* alias;
            bool operator<(const Head& other) const { return hash < other.hash; }
        };
        thread_local std::vector<Head> heads;
        thread_local std::vector<char> named;
        heads.clear();
        named.assign(size_t(withoutColumn.size()), 0);
        quint64 mask = 0;
        for (qsizetype s = 0; s < withoutColumn.size(); ++s) {
            const Skill* skill = skills.find(withoutColumn.at(s));
            if (!skill)
                continue;
            for (const QList<quint64>& alias : aliasesOf(skills, *skill)) {
                if (alias.isEmpty())
                    continue;
                heads.push_back(Head{alias.first(), s, &alias});
                mask |= quint64(1) << (alias.first() & 63);
            }
        }
        std::sort(heads.begin(), heads.end());
        // `hash` is the word's own or, in a joined word, one of its parts'.
        auto tryAt = [&](size_t w, quint64 hash) {
            if (!(mask >> (hash & 63) & 1))
                return;
            const auto [from, to] = std::equal_range(heads.cbegin(), heads.cend(), Head{hash, 0, nullptr});
            for (auto head = from; head != to; ++head) {
                if (named[size_t(head->skill)])
                    continue;
                const QList<quint64>& alias = *head->alias;
                if (alias.size() == 1) {
                    named[size_t(head->skill)] = !skills.needsCapital(withoutColumn.at(head->skill))
                                                 || jd.at(words[w].from).isUpper();
                    continue;
                }
                if (hash != words[w].hash || w + size_t(alias.size()) > words.size())
                    continue;
                bool match = true;
                for (qsizetype k = 1; match && k < alias.size(); ++k) {
                    const WordRecord& word = words[w + size_t(k)];
                    match = !word.removed && word.hash == alias.at(k);
                    for (qsizetype i = words[w + size_t(k) - 1].to; match && i < word.from; ++i)
                        match = jd.at(i) == QLatin1Char(' ') || jd.at(i) == QLatin1Char('\t');
                }
                named[size_t(head->skill)] = match;
            }
        };
        for (size_t w = 0; w < words.size(); ++w) {
            if (words[w].removed)
                continue;
            tryAt(w, words[w].hash);
            if (words[w].joined) {
                WordFilter::forEachWord(QStringView(jd).sliced(words[w].from, words[w].to - words[w].from),
                                        [&](quint64 hash) {
                                            if (hash != words[w].hash)
                                                tryAt(w, hash);
                                        });
            }
        }
        for (qsizetype s = 0; s < withoutColumn.size(); ++s) {
            if (named[size_t(s)])
                scope.skillsWithoutColumn.append(withoutColumn.at(s));
        }
    }
    thread_local WordFilter used;
    used.clear();
    for (const WordRecord& word : words) {
        if (word.removed)
            continue;
        if (word.joined)
            used.addWords(QStringView(jd).sliced(word.from, word.to - word.from));
        else
            used.add(word.hash);
    }
    // A skill the rest of the text names by another of its aliases ("distribution" for logistics) is used.
    auto usedTerm = [&](QStringView token, quint64 hash) {
        if (used.contains(hash))
            return true;
        const Skill* skill = skills.find(token);
        if (!skill)
            return false;
        const QList<QList<quint64>>& aliases = aliasesOf(skills, *skill);
        return std::any_of(aliases.cbegin(), aliases.cend(), [&](const QList<quint64>& words) {
            return std::all_of(words.cbegin(), words.cend(), [&](quint64 hash) { return used.contains(hash); });
        });
    };
    // As Matcher::evaluate: no key phrase with a word of the employer's name. A word that is a skill's
    // own name is left to the check below, which keeps it where the rest of the text names it.
    auto exclude = [&](QStringView term, quint64 hash) {
        scope.excluded.add(hash);
        if (asText)
            asText->append(term.toString());
    };
    if (!company.isEmpty()) {
        thread_local const QRegularExpression separators(QStringLiteral("[^\\w+#.-]+"));
        for (const QString& word : company.toLower().split(separators, Qt::SkipEmptyParts)) {
            const Skill* skill = skills.find(word);
            if (!skill || skill->term != word)
                exclude(word, TermTable::hash(word));
        }
    }
    // The pieces, one gap apart, with a gap for each word the rest of the text uses too: such a word is no
    // name and no boilerplate there. Only the pieces' own words make terms, none across a gap.
    auto pieceAt = [&](const std::pair<qsizetype, qsizetype>& range) {
        return range.first >= 0 ? QStringView(jd).sliced(range.first, range.second - range.first)
                                : QStringView(names.at(range.second));
    };
    // Written through a pointer into room for the worst case, not appended a word and a space at a time.
    // A piece of n units splits at its spaces into w <= n + 1 words; a word of l >= 1 units becomes at
    // most l + 2 units and a space, an empty one just the space: n + 2w + 1 <= 3n + 3 units, and the gap.
    qsizetype room = 0;
    for (const auto& range : std::as_const(removed))
        room += (kGap.size() + 1) * (pieceAt(range).size() + 1) + kGap.size();
    thread_local QString own;
    own.resize(room);
    QChar* const first = own.data();
    QChar* write = first;
    auto put = [&write](QStringView text) {
        std::copy(text.cbegin(), text.cend(), write);
        write += text.size();
    };
    for (const auto& range : std::as_const(removed)) {
        const QStringView piece = pieceAt(range);
        qsizetype start = 0;
        for (qsizetype i = 0; i <= piece.size(); ++i) {
            if (i < piece.size() && !piece.at(i).isSpace())
                continue;
            const QStringView word = piece.sliced(start, i - start);
            bool shared = false;
            WordFilter::forEachWord(word, [&](quint64 hash) { shared = shared || used.contains(hash); });
            put(shared ? QStringView(kGap) : word);
            *write++ = QLatin1Char(' ');
            start = i + 1;
        }
        put(kGap);
    }
    Q_ASSERT(write - first <= room);
    own.truncate(write - first);
    thread_local TokenSequence tokens;
    analyzer.tokenize(own, tokens);
    for (QStringView token : std::as_const(tokens.tokens)) {
        if (token.isEmpty())
            continue;
        if (const quint64 hash = TermTable::hash(token); !usedTerm(token, hash))
            exclude(token, hash);
    }
    scope.excluded.seal();
    if (asText) {
        std::sort(asText->begin(), asText->end());
        asText->erase(std::unique(asText->begin(), asText->end()), asText->end());
    }
    return scope;
}

} // namespace

QStringList ExplanationScope::rankExclusions(const Analyzer& analyzer, const SkillTaxonomy& skills, const QString& jd,
                                             const QString& company, const QString& location)
{
    QStringList excluded;
    findRankScope(analyzer, skills, jd, company, location, {}, &excluded);
    return excluded;
}

RowScope ExplanationScope::rankScope(const Analyzer& analyzer, const SkillTaxonomy& skills, const QString& jd,
                                     const QString& company, const QString& location, const QStringList& withoutColumn)
{
    return findRankScope(analyzer, skills, jd, company, location, withoutColumn, nullptr);
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

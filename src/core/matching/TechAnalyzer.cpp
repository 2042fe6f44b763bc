#include "matching/TechAnalyzer.h"

#include "matching/CodePoints.h"
#include "matching/SkillTaxonomy.h"
#include "matching/WordList.h"

namespace jobdeck {
namespace {

// A raw token: where its lowercase text sits in the storage, and what the original looked like.
struct RawToken
{
    qsizetype start = 0;
    qsizetype length = 0;
    bool allUpper = false; // an acronym such as IT or HR: never taken for a stop word
    bool capitalized = false;
    bool isBreak = false;
    bool isRequirement = false; // on a line under a heading such as "Requirements:"
    int line = 0;
};

bool isWord(char32_t c) { return codepoints::isPythonWord(c) || QChar::isMark(c); }

// The common case, one UTF-16 unit that is not half a surrogate pair, without a table lookup for ASCII.
inline bool isWordUnit(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_';
    return c.isLetterOrNumber() || c.isMark();
}

bool isWordAt(QStringView s, qsizetype i)
{
    if (i < 0 || i >= s.size())
        return false;
    if (!s.at(i).isSurrogate())
        return isWordUnit(s.at(i));
    int units = 1;
    return isWord(codepoints::at(s, i, &units));
}

inline QChar lowered(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'A' && u <= u'Z') ? QChar(char16_t(u + 32)) : c;
    return c.isSurrogate() ? c : c.toLower();
}

bool isLetterAt(QStringView s, qsizetype i) { return i >= 0 && i < s.size() && s.at(i).isLetter(); }

// Length of the run of word characters starting at i.
qsizetype wordRun(QStringView s, qsizetype i)
{
    qsizetype j = i;
    while (j < s.size()) {
        if (!s.at(j).isSurrogate()) {
            if (!isWordUnit(s.at(j)))
                break;
            ++j;
            continue;
        }
        int units = 1;
        if (!isWord(codepoints::at(s, j, &units)))
            break;
        j += units;
    }
    return j - i;
}

bool isSpace(QChar c)
{
    if (c.unicode() < 0x80)
        return c == QLatin1Char(' ') || c == QLatin1Char('\t');
    return c.category() == QChar::Separator_Space;
}

bool allDigits(QStringView token)
{
    for (QChar c : token) {
        if (!c.isDigit() && c != QLatin1Char('.'))
            return false;
    }
    return true;
}

// Headings of the lines a job ad requires; any other heading ends that section.
bool isRequirementHeading(QStringView heading)
{
    static const char* const heads[] = {
        "requirements", "qualifications", "required", "must have", "must-have", "what you need",
        "what you'll need", "what you will need", "you have", "you bring", "what we're looking for",
        "what we are looking for", "who you are", "minimum qualifications", "basic qualifications",
    };
    for (const char* head : heads) {
        if (heading.startsWith(QLatin1String(head), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

class Tokenizer
{
public:
    explicit Tokenizer(QStringView text) : m_s(text) {}

    // Splits the text into raw tokens and breaks; lowercased text goes to `storage`.
    QList<RawToken> run(QString& storage)
    {
        QList<RawToken> out;
        const qsizetype n = m_s.size();
        // Lowercased tokens are written straight into storage, one space apart, so that a phrase of
        // neighbouring tokens is a slice of it (skill aliases are looked up without building strings).
        storage.resize(2 * n + 1);
        out.reserve(n / 4 + 4);
        QChar* write = storage.data();
        qsizetype used = 0;
        qsizetype i = 0;
        while (i < n) {
            if (i == 0 || m_s.at(i - 1) == QLatin1Char('\n'))
                startLine(i);
            const QChar c = m_s.at(i);
            if (isSpace(c)) {
                ++i;
                continue;
            }
            const bool dotWord = c == QLatin1Char('.') && (i == 0 || isSpace(m_s.at(i - 1)) || m_s.at(i - 1) == QLatin1Char('('))
                                 && isLetterAt(m_s, i + 1)
                                 && wordRun(m_s, i + 1) <= 4 && !isWordAt(m_s, i + 1 + wordRun(m_s, i + 1));
            if (!dotWord && !isWordAt(m_s, i)) {
                // Any other punctuation or a line end closes the phrase.
                if (!out.isEmpty() && !out.last().isBreak)
                    out.append(RawToken{.isBreak = true});
                ++i;
                continue;
            }
            const qsizetype end = tokenEnd(i, dotWord);
            RawToken token;
            token.start = used;
            const QStringView original = m_s.sliced(i, end - i);
            for (QChar c : original)
                write[used++] = lowered(c);
            token.length = used - token.start;
            write[used++] = QLatin1Char(' ');
            token.allUpper = isAcronym(original);
            token.capitalized = original.at(dotWord ? 1 : 0).isUpper();
            token.isRequirement = m_inRequirements;
            token.line = m_line;
            out.append(token);
            i = end;
            // A possessive 's belongs to nothing.
            if (i + 1 < n && (m_s.at(i) == QLatin1Char('\'') || m_s.at(i) == QChar(0x2019))
                && m_s.at(i + 1).toLower() == QLatin1Char('s') && !isWordAt(m_s, i + 2))
                i += 2;
        }
        storage.truncate(used);
        return out;
    }

private:
    // Where the token that starts at `start` ends: word runs joined by '-', '&', '.', an apostrophe, or a
    // '/' between short parts (CI/CD, TCP/IP, A/B); then C++'s pluses or C#'s sharp.
    qsizetype tokenEnd(qsizetype start, bool dotWord) const
    {
        qsizetype j = start + (dotWord ? 1 : 0);
        qsizetype partLength = wordRun(m_s, j);
        j += partLength;
        for (;;) {
            if (j + 1 >= m_s.size())
                break;
            const QChar joint = m_s.at(j);
            const qsizetype next = wordRun(m_s, j + 1);
            if (next == 0)
                break;
            bool join = false;
            if (joint == QLatin1Char('-') || joint == QLatin1Char('&') || joint == QLatin1Char('.'))
                join = true;
            else if (joint == QLatin1Char('/'))
                join = partLength <= 3 && next <= 3;
            else if (joint == QLatin1Char('\'') || joint == QChar(0x2019))
                join = !(next == 1 && m_s.at(j + 1).toLower() == QLatin1Char('s')); // not a possessive
            if (!join)
                break;
            j += 1 + next;
            partLength = next;
        }
        const bool startsWithLetter = m_s.at(start).isLetter() || dotWord;
        if (startsWithLetter && j < m_s.size() && m_s.at(j) == QLatin1Char('+')) {
            qsizetype k = j;
            while (k < m_s.size() && m_s.at(k) == QLatin1Char('+'))
                ++k;
            // C++17 is C++ too: the alias list names its versions.
            qsizetype digits = k;
            while (digits < m_s.size() && m_s.at(digits).isDigit())
                ++digits;
            if (!isWordAt(m_s, digits))
                j = digits;
        } else if (j - start == 1 && m_s.at(start).isLetter() && j < m_s.size() && m_s.at(j) == QLatin1Char('#')
                   && !isWordAt(m_s, j + 1)) {
            ++j;
        }
        return j;
    }

    static bool isAcronym(QStringView original)
    {
        int letters = 0;
        for (QChar c : original) {
            if (c.isLower())
                return false;
            if (c.isLetter())
                ++letters;
        }
        return letters >= 1;
    }

    // A short line that ends with ':' (or is a known heading) opens a section.
    void startLine(qsizetype start)
    {
        ++m_line;
        qsizetype end = m_s.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = m_s.size();
        QStringView line = m_s.sliced(start, end - start).trimmed();
        if (line.size() > 64)
            return;
        while (!line.isEmpty() && (line.front() == QLatin1Char('-') || line.front() == QLatin1Char('*')
                                   || line.front() == QChar(0x2022) || line.front() == QLatin1Char('#')))
            line = line.sliced(1).trimmed();
        if (line.size() > 60)
            return;
        if (isRequirementHeading(line))
            m_inRequirements = true;
        else if (line.endsWith(QLatin1Char(':')) || line.contains(QLatin1String("nice to have"), Qt::CaseInsensitive)
                 || line.startsWith(QLatin1String("benefits"), Qt::CaseInsensitive)
                 || line.startsWith(QLatin1String("about"), Qt::CaseInsensitive))
            m_inRequirements = false;
    }

    QStringView m_s;
    bool m_inRequirements = false;
    int m_line = 0;
};

} // namespace

TechAnalyzer::TechAnalyzer() : TechAnalyzer(SkillTaxonomy::builtIn(), WordList::defaultStopWords()) {}

TechAnalyzer::TechAnalyzer(const SkillTaxonomy& skills, const WordList& stopWords)
    : m_skills(skills), m_stopWords(stopWords)
{
}

double TechAnalyzer::termBoost(QStringView term) const
{
    const Skill* skill = m_skills.find(term);
    if (!skill)
        return 1.0;
    return skill->hard ? kHardSkillBoost : kSoftSkillBoost;
}

TokenSequence TechAnalyzer::tokens(const QString& text) const
{
    TokenSequence sequence;
    const QList<RawToken> raw = Tokenizer(text).run(sequence.storage);
    const QStringView storage(sequence.storage);
    auto view = [&](const RawToken& t) { return storage.sliced(t.start, t.length); };

    QList<QStringView>& out = sequence.tokens;
    out.reserve(raw.size());
    const qsizetype n = raw.size();
    // A requirement line counts twice: its tokens are repeated once the line ends.
    qsizetype lineStart = 0;
    int currentLine = -1;
    bool currentIsRequirement = false;
    auto closeLine = [&] {
        if (!currentIsRequirement)
            return;
        const qsizetype end = out.size();
        if (end == lineStart)
            return;
        auto phraseBreak = [&] {
            if (!out.isEmpty() && !out.last().isEmpty())
                out.append(QStringView());
        };
        phraseBreak();
        for (qsizetype k = lineStart; k < end; ++k) {
            const QStringView token = out.at(k);
            if (token.isEmpty())
                phraseBreak();
            else
                out.append(token);
        }
        phraseBreak();
    };
    for (qsizetype i = 0; i < n;) {
        const RawToken& token = raw.at(i);
        if (!token.isBreak && token.line != currentLine) {
            closeLine();
            currentLine = token.line;
            currentIsRequirement = token.isRequirement;
            lineStart = out.size();
        }
        if (token.isBreak) {
            if (!out.isEmpty() && !out.last().isEmpty())
                out.append(QStringView());
            ++i;
            continue;
        }
        const QStringView word = view(token);
        // The longest skill alias that starts here, across tokens of one phrase.
        const Skill* skill = nullptr;
        qsizetype taken = 1;
        const quint64 hash = TermTable::hash(word);
        if (m_skills.startsPhrase(word, hash)) {
            for (qsizetype k = 1; k < m_skills.longestPhrase() && i + k < n && !raw.at(i + k).isBreak; ++k) {
                const RawToken& last = raw.at(i + k);
                const QStringView phrase = storage.sliced(token.start, last.start + last.length - token.start);
                if (const Skill* found = m_skills.findPhrase(phrase)) {
                    skill = found;
                    taken = k + 1;
                }
            }
        }
        if (!skill) {
            skill = m_skills.find(word, hash);
            // A skill that is also a common word (Go, REST, Swift, C, R) counts only when capitalised.
            if (skill && !token.capitalized && m_skills.needsCapital(word, hash))
                skill = nullptr;
        }
        if (skill) {
            out.append(QStringView(skill->term));
            i += taken;
            continue;
        }
        ++i;
        if (word.size() < 2 || allDigits(word))
            continue;
        if (!(token.allUpper && word.size() > 1) && m_stopWords.contains(word, hash))
            continue;
        out.append(word);
    }
    closeLine();
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return sequence;
}

} // namespace jobdeck

#include "matching/TechAnalyzer.h"

#include "matching/CodePoints.h"
#include "matching/SkillTaxonomy.h"
#include "matching/TermTable.h"
#include "matching/WordList.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

namespace jobdeck {

// One lookup tells the second pass all it needs about a word: the skill it names, whether a skill
// phrase starts with it, whether it is a skill only when capitalised, whether it is a stop word.
class TechAnalyzer::Lexicon
{
public:
    struct Entry
    {
        const Skill* skill = nullptr;
        bool phraseHead = false;
        bool capitalOnly = false;
        bool stopWord = false;
        // A phrase head's second words, as token hashes in m_followers: most heads ("data", "computer")
        // are followed by a word no key continues with, and this tells so without hashing the phrase.
        quint32 followersBegin = 0;
        quint32 followersEnd = 0;
    };

    Lexicon(const SkillTaxonomy& skills, const WordList& stopWords)
    {
        std::vector<std::pair<int, quint64>> followers; // (entry, hash of the key's second word)
        for (const QString& key : skills.keys()) {
            // Keys of two or more tokens are looked up as phrases; only their first word is a word here.
            const qsizetype space = key.indexOf(QLatin1Char(' '));
            const int index = add(space < 0 ? key : key.left(space), skills);
            if (space < 0 || index < 0)
                continue;
            qsizetype end = key.indexOf(QLatin1Char(' '), space + 1);
            if (end < 0)
                end = key.size();
            followers.emplace_back(index, TermTable::hash(QStringView(key).sliced(space + 1, end - space - 1)));
        }
        for (const QString& word : stopWords.words()) {
            if (const int index = add(word, skills); index >= 0)
                m_entries[static_cast<size_t>(index)].stopWord = true;
        }
        std::sort(followers.begin(), followers.end());
        followers.erase(std::unique(followers.begin(), followers.end()), followers.end());
        m_followers.reserve(followers.size());
        for (size_t i = 0; i < followers.size();) {
            Entry& entry = m_entries[static_cast<size_t>(followers[i].first)];
            entry.followersBegin = quint32(m_followers.size());
            for (const int head = followers[i].first; i < followers.size() && followers[i].first == head; ++i)
                m_followers.push_back(followers[i].second);
            entry.followersEnd = quint32(m_followers.size());
        }
    }

    const Entry* find(QStringView word, quint64 hash) const
    {
        const int index = m_table.find(word, hash);
        return index < 0 ? nullptr : &m_entries[static_cast<size_t>(index)];
    }
    // True if some key of two or more tokens starts with this head and a word of this hash.
    bool mayContinue(const Entry& head, quint64 nextHash) const
    {
        for (quint32 i = head.followersBegin; i < head.followersEnd; ++i) {
            if (m_followers[i] == nextHash)
                return true;
        }
        return false;
    }

private:
    int add(const QString& word, const SkillTaxonomy& skills)
    {
        if (word.isEmpty() || word.contains(QLatin1Char(' ')))
            return -1;
        const quint64 hash = TermTable::hash(word);
        if (const int index = m_table.find(word, hash); index >= 0)
            return index;
        const int index = static_cast<int>(m_entries.size());
        m_words.append(word);
        m_table.insert(QStringView(m_words.last()), hash, index);
        m_entries.push_back(Entry{skills.find(word, hash), skills.startsPhrase(word, hash), skills.needsCapital(word, hash), false});
        return index;
    }

    QStringList m_words; // owns what the table's views point into
    TermTable m_table;
    std::vector<Entry> m_entries;
    std::vector<quint64> m_followers;
};

namespace {

// A raw token: where its lowercase text sits in the storage, and what the original looked like.
struct RawToken
{
    qsizetype start = 0;
    qsizetype length = 0;
    quint64 hash = 0; // TermTable::hash of the lowercase text
    bool allUpper = false; // an acronym such as IT or HR: never taken for a stop word
    bool capitalized = false;
    bool isBreak = false;
    bool isRequirement = false; // on a line under a heading such as "Requirements:"
    int line = 0;
};

// ASCII classes in one table: the tokenizer looks at every character, and almost all are ASCII.
enum : quint8 { kWordClass = 1, kSpaceClass = 2, kUpperClass = 4, kLowerClass = 8, kDigitClass = 16 };
constexpr std::array<quint8, 128> asciiClasses()
{
    std::array<quint8, 128> classes{};
    for (int c = 0; c < 128; ++c) {
        quint8 bits = 0;
        if (c >= 'a' && c <= 'z')
            bits = kWordClass | kLowerClass;
        else if (c >= 'A' && c <= 'Z')
            bits = kWordClass | kUpperClass;
        else if (c >= '0' && c <= '9')
            bits = kWordClass | kDigitClass;
        else if (c == '_')
            bits = kWordClass;
        else if (c == ' ' || c == '\t')
            bits = kSpaceClass;
        classes[static_cast<size_t>(c)] = bits;
    }
    return classes;
}
constexpr std::array<quint8, 128> kAscii = asciiClasses();

// ASCII lowercased by table: the tokenizer's inner loop looks each unit up once for its class already.
constexpr std::array<char16_t, 128> kAsciiLower = [] {
    std::array<char16_t, 128> out{};
    for (int c = 0; c < 128; ++c)
        out[size_t(c)] = char16_t(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return out;
}();

bool isWord(char32_t c) { return codepoints::isPythonWord(c) || QChar::isMark(c); }

// One UTF-16 unit that is not half a surrogate pair.
inline bool isWordUnit(char16_t u)
{
    if (u < 0x80)
        return kAscii[u] & kWordClass;
    const QChar c(u);
    return c.isLetterOrNumber() || c.isMark();
}

bool isWordAt(QStringView s, qsizetype i)
{
    if (i < 0 || i >= s.size())
        return false;
    if (!s.at(i).isSurrogate())
        return isWordUnit(s.at(i).unicode());
    int units = 1;
    return isWord(codepoints::at(s, i, &units));
}

bool isLetterAt(QStringView s, qsizetype i) { return i >= 0 && i < s.size() && s.at(i).isLetter(); }

// Length of the run of word characters starting at i.
qsizetype wordRun(QStringView s, qsizetype i)
{
    const char16_t* data = s.utf16();
    const qsizetype n = s.size();
    qsizetype j = i;
    while (j < n) {
        const char16_t u = data[j];
        if (u < 0x80) {
            if (!(kAscii[u] & kWordClass))
                break;
            ++j;
            continue;
        }
        if (!QChar::isSurrogate(u)) {
            if (!isWordUnit(u))
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
        return kAscii[c.unicode()] & kSpaceClass;
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

// A heading line folded to lower case, at most kMaxHeading units (longer lines are never headings).
class FoldedLine
{
public:
    static constexpr qsizetype kMaxHeading = 60;

    explicit FoldedLine(QStringView line) : m_size(line.size())
    {
        for (qsizetype i = 0; i < m_size; ++i)
            m_text[size_t(i)] = fold(line.at(i).unicode());
    }
    // One unit case-folded as a heading is compared (half a surrogate pair stays as it is).
    static char16_t fold(char16_t u)
    {
        if (u < 0x80)
            return kAsciiLower[u];
        return QChar::isSurrogate(u) ? u : char16_t(QChar::toCaseFolded(u));
    }
    std::u16string_view view() const { return std::u16string_view(m_text.data(), size_t(m_size)); }
    bool startsWith(std::u16string_view prefix) const { return view().substr(0, prefix.size()) == prefix; }
    bool contains(std::u16string_view part) const { return view().find(part) != std::u16string_view::npos; }

private:
    std::array<char16_t, kMaxHeading> m_text{};
    qsizetype m_size = 0;
};

// Headings of the lines a job ad requires; any other heading ends that section.
constexpr std::u16string_view kRequirementHeads[] = {
    u"requirements", u"qualifications", u"required", u"must have", u"must-have", u"what you need",
    u"what you'll need", u"what you will need", u"you have", u"you bring", u"what we're looking for",
    u"what we are looking for", u"who you are", u"minimum qualifications", u"basic qualifications",
};

// True if a folded line's first letter is one a requirement heading starts with.
constexpr bool mayStartRequirementHeading(char16_t first)
{
    return first == u'r' || first == u'q' || first == u'm' || first == u'w' || first == u'y' || first == u'b';
}

static_assert(std::all_of(std::begin(kRequirementHeads), std::end(kRequirementHeads),
                          [](std::u16string_view head) { return mayStartRequirementHeading(head.front()); }),
              "mayStartRequirementHeading must know the first letter of every heading");

bool isRequirementHeading(const FoldedLine& heading)
{
    for (std::u16string_view head : kRequirementHeads) {
        if (heading.startsWith(head))
            return true;
    }
    return false;
}

class Tokenizer
{
public:
    explicit Tokenizer(QStringView text) : m_s(text) {}

    // Splits the text into raw tokens and breaks; lowercased text goes to `storage`.
    void run(QString& storage, std::vector<RawToken>& out)
    {
        const qsizetype n = m_s.size();
        const char16_t* s = m_s.utf16();
        // Lowercased tokens are written straight into storage, one space apart, so that a phrase of
        // neighbouring tokens is a slice of it (skill aliases are looked up without building strings).
        storage.resize(2 * n + 1);
        out.reserve(size_t(n / 4 + 4));
        char16_t* write = reinterpret_cast<char16_t*>(storage.data());
        qsizetype used = 0;
        auto phraseBreak = [&out] {
            if (!out.empty() && !out.back().isBreak)
                out.emplace_back().isBreak = true;
        };
        if (n > 0)
            startLine(0);
        qsizetype i = 0;
        while (i < n) {
            const char16_t c = s[i];
            bool dotWord = false;
            if (c < 0x80) {
                const quint8 classes = kAscii[c];
                if (classes & kSpaceClass) {
                    ++i;
                    continue;
                }
                if (!(classes & kWordClass)) {
                    dotWord = c == u'.' && (i == 0 || isSpace(QChar(s[i - 1])) || s[i - 1] == u'(') && isLetterAt(m_s, i + 1)
                              && wordRun(m_s, i + 1) <= 4;
                    if (!dotWord) {
                        // Any other punctuation or a line end closes the phrase.
                        phraseBreak();
                        ++i;
                        if (c == u'\n' && i < n)
                            startLine(i);
                        continue;
                    }
                }
            } else if (isSpace(QChar(c))) {
                ++i;
                continue;
            } else if (!isWordAt(m_s, i)) {
                phraseBreak();
                ++i;
                continue;
            }
            const qsizetype start = used;
            quint64 hash = TermTable::kHashSeed;
            bool hasLower = false;
            bool hasLetter = false;
            // Most tokens are one ASCII word followed by a space or punctuation that joins nothing: those
            // are found, lowercased, hashed and classified in this one pass. Anything else (a joint such
            // as '-', '.', '/' or an apostrophe before more word characters, C++'s pluses, C#'s sharp,
            // any non-ASCII character) starts over on the general path below.
            qsizetype end = -1;
            if (!dotWord) {
                qsizetype k = i;
                quint8 seen = 0; // the classes of the word's units, together
                for (; k < n; ++k) {
                    const char16_t u = s[k];
                    if (u >= 0x80)
                        break;
                    const quint8 classes = kAscii[u];
                    if (!(classes & kWordClass))
                        break;
                    seen |= classes;
                    const char16_t lower = kAsciiLower[u];
                    write[used++] = lower;
                    hash = TermTable::hashStep(hash, lower);
                }
                hasLower = (seen & kLowerClass) != 0;
                hasLetter = (seen & (kLowerClass | kUpperClass)) != 0;
                if (k >= n) {
                    end = k;
                } else if (s[k] < 0x80 && s[k] != u'+' && s[k] != u'#') {
                    const char16_t joint = s[k];
                    const bool mayJoin = joint == u'-' || joint == u'&' || joint == u'.' || joint == u'/' || joint == u'\'';
                    if (!mayJoin)
                        end = k;
                    else if (k + 1 >= n || (s[k + 1] < 0x80 && !(kAscii[s[k + 1]] & kWordClass)))
                        end = k;
                }
                if (end < 0) {
                    used = start;
                    hash = TermTable::kHashSeed;
                    hasLower = false;
                    hasLetter = false;
                }
            }
            if (end < 0) {
                end = tokenEnd(i, dotWord);
                for (qsizetype k = i; k < end; ++k) {
                    char16_t u = s[k];
                    if (u < 0x80) {
                        const quint8 classes = kAscii[u];
                        hasLower |= (classes & kLowerClass) != 0;
                        hasLetter |= (classes & (kLowerClass | kUpperClass)) != 0;
                        if (classes & kUpperClass)
                            u = char16_t(u + 32);
                    } else {
                        const QChar original(u);
                        hasLower |= original.isLower();
                        hasLetter |= original.isLetter();
                        if (!original.isSurrogate())
                            u = original.toLower().unicode();
                    }
                    write[used++] = u;
                    hash = TermTable::hashStep(hash, u);
                }
            }
            // Filled in place: a token built aside and copied in stalls on the partial writes.
            RawToken& token = out.emplace_back();
            token.start = start;
            token.length = used - start;
            token.hash = TermTable::hashFinish(hash);
            write[used++] = u' ';
            token.allUpper = !hasLower && hasLetter;
            token.capitalized = QChar(s[dotWord ? i + 1 : i]).isUpper();
            token.isRequirement = m_inRequirements;
            token.line = m_line;
            i = end;
            // A possessive 's belongs to nothing.
            if (i + 1 < n && (s[i] == u'\'' || s[i] == 0x2019) && QChar(s[i + 1]).toLower() == QLatin1Char('s')
                && !isWordAt(m_s, i + 2))
                i += 2;
        }
        storage.truncate(used);
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
            const bool joiner = joint == QLatin1Char('-') || joint == QLatin1Char('&') || joint == QLatin1Char('.')
                                || joint == QLatin1Char('/') || joint == QLatin1Char('\'') || joint == QChar(0x2019);
            if (!joiner)
                break;
            const qsizetype next = wordRun(m_s, j + 1);
            if (next == 0)
                break;
            bool join = true;
            if (joint == QLatin1Char('/'))
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
        if (line.size() > FoldedLine::kMaxHeading || line.isEmpty())
            return;
        // Only a requirement heading opens the section, and every one starts with one of these letters:
        // outside the section, a line that starts with none changes nothing and is not folded.
        if (!m_inRequirements) {
            if (!mayStartRequirementHeading(FoldedLine::fold(line.front().unicode())))
                return;
        }
        const FoldedLine folded(line);
        if (isRequirementHeading(folded))
            m_inRequirements = true;
        else if (line.endsWith(QLatin1Char(':')) || folded.contains(u"nice to have") || folded.startsWith(u"benefits")
                 || folded.startsWith(u"about"))
            m_inRequirements = false;
    }

    QStringView m_s;
    bool m_inRequirements = false;
    int m_line = 0;
};

const std::shared_ptr<const TechAnalyzer::Lexicon>& builtInLexicon()
{
    static const auto lexicon = std::make_shared<const TechAnalyzer::Lexicon>(SkillTaxonomy::builtIn(), WordList::defaultStopWords());
    return lexicon;
}

} // namespace

TechAnalyzer::TechAnalyzer() : m_skills(SkillTaxonomy::builtIn()), m_lexicon(builtInLexicon()) {}

TechAnalyzer::TechAnalyzer(const SkillTaxonomy& skills, const WordList& stopWords)
    : m_skills(skills), m_lexicon(std::make_shared<const Lexicon>(skills, stopWords))
{
}

double TechAnalyzer::termBoost(QStringView term) const { return termBoost(term, TermTable::hash(term)); }

double TechAnalyzer::termBoost(QStringView term, quint64 hash) const
{
    const Skill* skill = m_skills.find(term, hash);
    if (!skill)
        return 1.0;
    return skill->hard ? kHardSkillBoost : kSoftSkillBoost;
}

bool TechAnalyzer::keepsCommonTerm(QStringView term, quint64 hash) const { return m_skills.find(term, hash) != nullptr; }

void TechAnalyzer::tokenize(const QString& text, TokenSequence& sequence) const
{
    thread_local std::vector<RawToken> raw; // reused, like the sequence's buffers
    raw.clear();
    sequence.tokens.clear();
    sequence.hashes.clear();
    Tokenizer(text).run(sequence.storage, raw);
    const QStringView storage(sequence.storage);

    QList<QStringView>& out = sequence.tokens;
    QList<quint64>& hashes = sequence.hashes;
    out.reserve(qsizetype(raw.size()));
    hashes.reserve(qsizetype(raw.size()));
    auto push = [&](QStringView token, quint64 hash) {
        out.append(token);
        hashes.append(hash);
    };
    auto phraseBreak = [&] {
        if (!out.isEmpty() && !out.last().isEmpty())
            push(QStringView(), 0);
    };
    const qsizetype n = qsizetype(raw.size());
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
        phraseBreak();
        for (qsizetype k = lineStart; k < end; ++k) {
            const QStringView token = out.at(k);
            if (token.isEmpty())
                phraseBreak();
            else
                push(token, hashes.at(k));
        }
        phraseBreak();
    };
    for (qsizetype i = 0; i < n;) {
        const RawToken& token = raw[size_t(i)];
        if (!token.isBreak && token.line != currentLine) {
            closeLine();
            currentLine = token.line;
            currentIsRequirement = token.isRequirement;
            lineStart = out.size();
        }
        if (token.isBreak) {
            phraseBreak();
            ++i;
            continue;
        }
        const QStringView word = storage.sliced(token.start, token.length);
        const Lexicon::Entry* entry = m_lexicon->find(word, token.hash);
        // The longest skill alias that starts here, across tokens of one phrase.
        const Skill* skill = nullptr;
        qsizetype taken = 1;
        if (entry && entry->phraseHead && i + 1 < n && !raw[size_t(i + 1)].isBreak
            && m_lexicon->mayContinue(*entry, raw[size_t(i + 1)].hash)) {
            for (qsizetype k = 1; k < m_skills.longestPhrase() && i + k < n && !raw[size_t(i + k)].isBreak; ++k) {
                const RawToken& last = raw[size_t(i + k)];
                const QStringView phrase = storage.sliced(token.start, last.start + last.length - token.start);
                const SkillTaxonomy::PhraseStep step = m_skills.phraseStep(phrase, TermTable::hash(phrase));
                if (step.skill) {
                    skill = step.skill;
                    taken = k + 1;
                }
                if (!step.extends)
                    break;
            }
        }
        if (!skill && entry) {
            skill = entry->skill;
            // A skill that is also a common word (Go, REST, Swift, C, R) counts only when capitalised.
            if (skill && !token.capitalized && entry->capitalOnly)
                skill = nullptr;
        }
        if (skill) {
            push(QStringView(skill->term), skill->hash);
            i += taken;
            continue;
        }
        ++i;
        if (word.size() < 2 || allDigits(word))
            continue;
        if (!(token.allUpper && word.size() > 1) && entry && entry->stopWord)
            continue;
        push(word, token.hash);
    }
    closeLine();
    while (!out.isEmpty() && out.last().isEmpty()) {
        out.removeLast();
        hashes.removeLast();
    }
}

} // namespace jobdeck

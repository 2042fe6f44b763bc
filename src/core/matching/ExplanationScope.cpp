#include "matching/ExplanationScope.h"

#include "matching/Analyzer.h"
#include "matching/SkillTaxonomy.h"

#include <QRegularExpression>

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

// Leaves out the sentence's proper nouns: runs of capitalised words with a word that is no skill, unless
// the run as a whole reads as skills ("Apache Airflow"). The sentence's first word is no evidence of a name.
QString withoutProperNouns(const SkillTaxonomy& skills, const Analyzer& analyzer, const QString& sentence)
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
            // A stop word ("The") has no tokens and names nothing.
            named = !analyzer.tokens(word).tokens.isEmpty() && !anySkill(analyzer, skills, word, nullptr);
        }
        if (!named)
            continue;
        bool allSkills = false;
        const qsizetype from = run.first().from;
        const qsizetype to = run.last().to;
        anySkill(analyzer, skills, sentence.mid(from, to - from), &allSkills);
        if (!allSkills)
            out.replace(from, to - from, kGap);
    }
    return out;
}

void removePhrase(QString& text, const QString& phrase)
{
    const QString trimmed = phrase.simplified();
    if (trimmed.isEmpty())
        return;
    const QRegularExpression re(QStringLiteral("(?<![\\p{L}\\p{N}])%1(?![\\p{L}\\p{N}])")
                                    .arg(QRegularExpression::escape(trimmed).replace(QStringLiteral("\\ "), QStringLiteral("\\s+"))),
                                QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    text.replace(re, kGap);
}

} // namespace

QString ExplanationScope::informativeText(const SkillTaxonomy& skills, const Analyzer& analyzer, const QString& jd,
                                          const QString& company, const QString& location)
{
    QStringList names;
    if (!company.trimmed().isEmpty())
        names.append(company);
    // "Munich, Germany" or "Berlin / remote": each part is a place of its own.
    for (const QString& part : location.split(QRegularExpression(QStringLiteral("[,;/|()]")), Qt::SkipEmptyParts))
        names.append(part);
    QStringList kept;
    for (QString sentence : sentences(jd)) {
        if (boilerplate().match(sentence).hasMatch()) {
            kept.append(QStringLiteral("\n"));
            continue;
        }
        // The announcement is no requirement, and who announces it is the employer: left out everywhere.
        if (const QRegularExpressionMatch match = hiring().match(sentence); match.hasMatch()) {
            const QString who = match.captured(1).trimmed();
            if (!who.isEmpty() && who.compare(QLatin1String("we"), Qt::CaseInsensitive) != 0)
                names.append(who);
            sentence = kGap + sentence.mid(match.capturedEnd());
        }
        kept.append(sentence);
    }
    QString text = kept.join(QString());
    for (const QString& name : std::as_const(names))
        removePhrase(text, name);
    QStringList out;
    for (const QString& sentence : sentences(text))
        out.append(withoutProperNouns(skills, analyzer, sentence));
    return out.join(QString());
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

#pragma once

#include "matching/OffsetTermTable.h"
#include "matching/TermTable.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace jobdeck {

struct BuiltInTaxonomy;

struct Skill
{
    QString term;      // the canonical term every alias maps to ("kubernetes")
    bool hard = true;  // a hard skill (a tool, a method) or a soft one (communication)
    quint64 hash = 0;  // TermTable::hash(term), so analyzers hand it on without hashing again
};

// The skill taxonomy built into the app (reduced at build time from resources/matching/skills.txt,
// resources/taxonomy/trades.txt and O*NET's tools and technologies): canonical skills, their category,
// and the aliases (one or more tokens) that the default analyzer folds into the canonical term.
class SkillTaxonomy
{
public:
    SkillTaxonomy() = default;

    // Parses "canonical | hard|soft | alias, alias" (a leading '^' marks a word that is a skill only when
    // capitalised); lines that do not parse are skipped and counted.
    static SkillTaxonomy parse(const QString& text, int* skippedLines = nullptr);
    // The list built into the app: parse() of the reduced text, done at build time (BuiltInTaxonomy.h).
    static const SkillTaxonomy& builtIn();

    qsizetype size() const { return m_skills.size(); }
    // A hash of the text the taxonomy was parsed from: a model fitted with another taxonomy has another
    // vocabulary, so a saved model is refitted when this changes (ModelStore::corpusHash).
    const QByteArray& fingerprint() const { return m_fingerprint; }
    // Every key the list names: canonical terms, aliases and capital-only words (duplicates possible).
    const QStringList& keys() const { return m_keys; }
    const QList<Skill>& skills() const { return m_skills; }

    // The skill a term (canonical or a one-token alias) names, or nullptr.
    const Skill* find(QStringView term) const;
    const Skill* find(QStringView term, quint64 hash) const;
    // The skill whose alias is the phrase of `tokens` joined by spaces, or nullptr.
    const Skill* findPhrase(QStringView phrase) const;
    // True if some alias of two or more tokens starts with this token (worth trying a phrase).
    bool startsPhrase(QStringView token, quint64 hash) const { return m_phraseHeads.find(text(), token, hash) >= 0; }
    int longestPhrase() const { return m_longestPhrase; }
    // One step of a phrase search (tokens joined by one space): the skill the phrase names, if any, and
    // whether a longer key starts with it. A search stops at the first step that extends no key, so
    // thousands of phrases cost one lookup per phrase head where no phrase follows.
    struct PhraseStep
    {
        const Skill* skill = nullptr;
        bool extends = false;
    };
    PhraseStep phraseStep(QStringView phrase, quint64 hash) const
    {
        const int value = m_phraseSteps.find(text(), phrase, hash);
        if (value < 0)
            return {};
        return {(value >> 1) > 0 ? &m_skills.at((value >> 1) - 1) : nullptr, (value & 1) != 0};
    }
    bool extendsPhrase(QStringView phrase) const { return phraseStep(phrase, TermTable::hash(phrase)).extends; }
    // True for the words marked '^' in the list (go, rest, swift): skills only when written capitalised.
    bool needsCapital(QStringView term) const { return needsCapital(term, TermTable::hash(term)); }
    bool needsCapital(QStringView term, quint64 hash) const { return m_capitalOnly.find(text(), term, hash) >= 0; }

    // How many entries each lookup table holds: with every lookup of every key, what shows that the
    // built-in tables are the ones parse() makes (tst_taxonomy).
    struct TableSizes
    {
        size_t phrases = 0;
        size_t phraseHeads = 0;
        size_t phraseSteps = 0;
        size_t capitalOnly = 0;
        bool operator==(const TableSizes&) const = default;
    };
    TableSizes tableSizes() const
    {
        return {m_byPhrase.size(), m_phraseHeads.size(), m_phraseSteps.size(), m_capitalOnly.size()};
    }

private:
    explicit SkillTaxonomy(const BuiltInTaxonomy& tables);
    void add(const QString& canonical, bool hard, const QStringList& aliases, const QStringList& capitalOnly);
    quint32 addKey(const QString& key);
    void buildPhraseSteps();
    const char16_t* text() const { return reinterpret_cast<const char16_t*>(m_text.constData()); }

    QList<Skill> m_skills;
    QStringList m_keys;
    QString m_text;                // every key, one after the other: what the tables' offsets count in
    OffsetTermTable m_byPhrase;    // alias or canonical (tokens joined by one space) -> skill index
    OffsetTermTable m_phraseHeads;
    // Every key of two or more tokens and every proper prefix of one: (skill index + 1) << 1 | extends.
    OffsetTermTable m_phraseSteps;
    OffsetTermTable m_capitalOnly;
    int m_longestPhrase = 1;
    QByteArray m_fingerprint;
};

} // namespace jobdeck

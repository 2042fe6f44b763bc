#pragma once

#include "matching/Analyzer.h"

#include <memory>

namespace jobdeck {

class SkillTaxonomy;
class WordList;

// Jobdeck's default analyzer, built for resumes and job ads: keeps C++, C#, .NET, Node.js, CI/CD, TCP/IP,
// hyphenated terms and acronyms whole; reads any Unicode letters; folds skill aliases into one canonical
// term (k8s -> kubernetes, "python 3" -> python); drops English stop words and ad filler; breaks phrases
// at punctuation and line ends so bigrams never straddle a list's items.
class TechAnalyzer final : public Analyzer
{
public:
    TechAnalyzer();
    TechAnalyzer(const SkillTaxonomy& skills, const WordList& stopWords);

    QString name() const override { return QStringLiteral("default"); }
    void tokenize(const QString& text, TokenSequence& sequence) const override;
    // Skills are what tells one role from another, so they weigh more than the words around them.
    double termBoost(QStringView term) const override;
    double termBoost(QStringView term, quint64 hash) const override;
    bool keepsCommonTerm(QStringView term, quint64 hash) const override;

    static constexpr double kHardSkillBoost = 2.0;
    static constexpr double kSoftSkillBoost = 1.0;

    class Lexicon;

private:
    const SkillTaxonomy& m_skills;
    std::shared_ptr<const Lexicon> m_lexicon; // what each single word is: skill, phrase head, stop word
};

} // namespace jobdeck

#pragma once

#include "matching/TermHashSet.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace jobdeck {

class Analyzer;
class SkillTaxonomy;

// What the explanation of one ranked row is read with (ExplanationScope::rankScope): the terms it leaves out,
// and the skills its text names that the model has no column for, which it lists all the same.
struct RowScope
{
    TermHashSet excluded;
    QStringList skillsWithoutColumn;
};

// What an explanation of one resume against one job description may name, read from both texts: the job
// description's terms once the employer's name, its location, its proper nouns ("Munich", "Nimbus Cloud")
// and boilerplate sentences (hiring announcements, equal-opportunity statements, benefits) are left out,
// and the skills each text shows whether or not the fitted model kept them as columns (a model fitted on
// 20 or more texts drops terms in more than a quarter of them, so a common skill such as python may have
// no column while both texts name it).
class ExplanationScope
{
public:
    ExplanationScope(const Analyzer& analyzer, const SkillTaxonomy& skills, const QString& resume, const QString& jd,
                     const QString& company = {}, const QString& location = {});

    // Builds the tables rankScope() and rankExclusions() read from the taxonomy, once per process. They
    // build on first use otherwise, while the other threads of a ranking wait: a caller with a core to
    // spare before it explains anything calls this there.
    static void prepare(const SkillTaxonomy& skills);

    // The job description without its employer, location, proper nouns and boilerplate sentences.
    static QString informativeText(const SkillTaxonomy& skills, const Analyzer& analyzer, const QString& jd,
                                   const QString& company, const QString& location);

    // What the explanation of a ranked result (Matcher::explain from the index's row) leaves out, sorted:
    // the words of the employer's name and location (Matcher::namesOf), and the terms only the job
    // description's left-out pieces make (its proper nouns, hiring announcement, boilerplate sentences).
    // The rest of the text is not tokenized again: its words are only hashed, to keep the terms it shares.
    static QStringList rankExclusions(const Analyzer& analyzer, const SkillTaxonomy& skills, const QString& jd,
                                      const QString& company = {}, const QString& location = {});
    // The same as a set of hashes (no term is copied out of the text), and which of `withoutColumn` (skills
    // the model has no column for: Matcher::skillsWithoutColumn) the rest of the text names, by any of their
    // aliases, as evaluate() finds them in the informative text.
    static RowScope rankScope(const Analyzer& analyzer, const SkillTaxonomy& skills, const QString& jd,
                              const QString& company, const QString& location, const QStringList& withoutColumn);

    // True if the term (a unigram or a bigram) occurs in the informative part of the job description.
    bool allows(const QString& term) const { return m_jdTerms.contains(term); }
    // The skills of the informative part, in order of first mention.
    const QStringList& jdSkills() const { return m_jdSkills; }
    bool resumeHas(const QString& skill) const { return m_resumeSkills.contains(skill); }

private:
    QSet<QString> m_jdTerms;
    QStringList m_jdSkills;
    QSet<QString> m_resumeSkills;
};

} // namespace jobdeck

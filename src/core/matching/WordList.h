#pragma once

#include "matching/TermTable.h"

#include <QStringList>

namespace jobdeck {

// A set of words read from a resource file (one or more a line, '#' starts a comment): the stop-word
// lists the analyzers drop.
class WordList
{
public:
    WordList() = default;
    explicit WordList(const QStringList& words);

    // Reads a list from a file or resource; an unreadable file gives an empty list.
    static WordList fromFile(const QString& path);
    // Jobdeck's English stop words and the filler of job ads (resources/matching/stop_words.txt).
    static const WordList& defaultStopWords();
    // scikit-learn 1.2.1's ENGLISH_STOP_WORDS, for the sklearn analyzer.
    static const WordList& sklearnStopWords();
    // The nouns a job title ends with, singular and plural (resources/matching/role_nouns.txt).
    static const WordList& roleNouns();
    // Seniority and grade words of a job title (resources/matching/title_grades.txt).
    static const WordList& titleGrades();
    // Rank, licence and shift words a job title may hold (resources/matching/title_modifiers.txt).
    static const WordList& titleModifiers();

    bool contains(QStringView word) const { return m_index.find(word) >= 0; }
    bool contains(QStringView word, quint64 hash) const { return m_index.find(word, hash) >= 0; }
    qsizetype size() const { return m_words.size(); }
    const QStringList& words() const { return m_words; }

private:
    QStringList m_words;
    TermTable m_index; // views into m_words
};

} // namespace jobdeck

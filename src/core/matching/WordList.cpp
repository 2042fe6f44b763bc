#include "matching/WordList.h"

#include <QFile>
#include <QRegularExpression>

namespace jobdeck {

WordList::WordList(const QStringList& words) : m_words(words)
{
    m_words.removeDuplicates();
    m_index = TermTable(static_cast<size_t>(m_words.size()));
    for (const QString& word : std::as_const(m_words))
        m_index.insert(word, TermTable::hash(word), 1);
}

WordList WordList::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList words;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (const QString& raw : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QString line = raw.section(QLatin1Char('#'), 0, 0).trimmed().toLower();
        if (!line.isEmpty())
            words += line.split(space, Qt::SkipEmptyParts);
    }
    return WordList(words);
}

const WordList& WordList::defaultStopWords()
{
    static const WordList list = fromFile(QStringLiteral(":/jobdeck/matching/stop_words.txt"));
    return list;
}

const WordList& WordList::roleNouns()
{
    static const WordList list = fromFile(QStringLiteral(":/jobdeck/matching/role_nouns.txt"));
    return list;
}

const WordList& WordList::titleGrades()
{
    static const WordList list = fromFile(QStringLiteral(":/jobdeck/matching/title_grades.txt"));
    return list;
}

const WordList& WordList::titleModifiers()
{
    static const WordList list = fromFile(QStringLiteral(":/jobdeck/matching/title_modifiers.txt"));
    return list;
}

const WordList& WordList::sklearnStopWords()
{
    static const WordList list = fromFile(QStringLiteral(":/jobdeck/matching/sklearn_stop_words.txt"));
    return list;
}

} // namespace jobdeck

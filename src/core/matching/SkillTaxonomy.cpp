#include "matching/SkillTaxonomy.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace jobdeck {

SkillTaxonomy SkillTaxonomy::parse(const QString& text, int* skippedLines)
{
    SkillTaxonomy taxonomy;
    int skipped = 0;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (const QString& raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('|'));
        const QString category = fields.value(1).trimmed().toLower();
        QString canonical = fields.value(0).simplified().toLower();
        const bool capitalOnly = canonical.startsWith(QLatin1Char('^'));
        if (capitalOnly)
            canonical = canonical.mid(1).trimmed();
        if (fields.size() < 2 || fields.size() > 3 || canonical.isEmpty()
            || (category != QLatin1String("hard") && category != QLatin1String("soft"))) {
            ++skipped;
            continue;
        }
        QStringList aliases;
        QStringList capitalOnlyAliases;
        if (capitalOnly)
            capitalOnlyAliases.append(canonical);
        for (const QString& alias : fields.value(2).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            QString normal = alias.simplified().toLower();
            if (normal.startsWith(QLatin1Char('^'))) {
                normal = normal.mid(1).trimmed();
                capitalOnlyAliases.append(normal);
            }
            if (!normal.isEmpty())
                aliases.append(normal);
        }
        taxonomy.add(canonical, category == QLatin1String("hard"), aliases, capitalOnlyAliases);
    }
    if (skippedLines)
        *skippedLines = skipped;
    taxonomy.buildPhraseSteps();
    taxonomy.m_fingerprint = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex();
    return taxonomy;
}

const SkillTaxonomy& SkillTaxonomy::builtIn()
{
    static const SkillTaxonomy taxonomy = [] {
        QFile file(QStringLiteral(":/jobdeck/matching/taxonomy.txt"));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return SkillTaxonomy();
        return parse(QString::fromUtf8(file.readAll()));
    }();
    return taxonomy;
}

void SkillTaxonomy::add(const QString& canonical, bool hard, const QStringList& aliases,
                        const QStringList& capitalOnly)
{
    for (const QString& word : capitalOnly) {
        m_keys.append(word);
        const QStringView view(m_keys.last());
        if (m_capitalOnly.find(view) < 0)
            m_capitalOnly.insert(view, TermTable::hash(view), 1);
    }
    const int index = static_cast<int>(m_skills.size());
    m_skills.append(Skill{canonical, hard, TermTable::hash(canonical)});
    for (const QString& key : QStringList{canonical} + aliases) {
        m_keys.append(key);
        const QStringView view(m_keys.last());
        // The first skill to claim an alias keeps it, so the file's order settles clashes.
        if (m_byPhrase.find(view) >= 0)
            continue;
        m_byPhrase.insert(view, TermTable::hash(view), index);
        const qsizetype firstSpace = view.indexOf(QLatin1Char(' '));
        if (firstSpace > 0) {
            const QStringView head = view.left(firstSpace);
            if (m_phraseHeads.find(head) < 0)
                m_phraseHeads.insert(head, TermTable::hash(head), 1);

            m_longestPhrase = std::max(m_longestPhrase, static_cast<int>(view.count(QLatin1Char(' '))) + 1);
        }
    }
}

void SkillTaxonomy::buildPhraseSteps()
{
    // Prefixes first (extends, no skill), then each multi-token key's own skill; a key that is also a
    // prefix of a longer one keeps both.
    QHash<QStringView, int> steps;
    for (const QString& key : std::as_const(m_keys)) {
        const QStringView view(key);
        for (qsizetype space = view.indexOf(QLatin1Char(' ')); space > 0; space = view.indexOf(QLatin1Char(' '), space + 1))
            steps[view.left(space)] |= 1;
    }
    for (const QString& key : std::as_const(m_keys)) {
        const QStringView view(key);
        if (!view.contains(QLatin1Char(' ')))
            continue;
        const int index = m_byPhrase.find(view);
        if (index >= 0)
            steps[view] = ((index + 1) << 1) | (steps.value(view) & 1);
    }
    for (auto it = steps.cbegin(); it != steps.cend(); ++it)
        m_phraseSteps.insert(it.key(), TermTable::hash(it.key()), it.value());
}

const Skill* SkillTaxonomy::find(QStringView term) const { return findPhrase(term); }

const Skill* SkillTaxonomy::find(QStringView term, quint64 hash) const
{
    const int index = m_byPhrase.find(term, hash);
    return index < 0 ? nullptr : &m_skills.at(index);
}

const Skill* SkillTaxonomy::findPhrase(QStringView phrase) const { return find(phrase, TermTable::hash(phrase)); }

} // namespace jobdeck

#include "matching/SkillTaxonomy.h"

#include "matching/BuiltInTaxonomy.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>

#include <cstring>

namespace jobdeck {
namespace {

OffsetTermTable viewOf(const BuiltInTaxonomy::Table& table)
{
    return OffsetTermTable::over(table.data, table.capacity, table.count);
}

} // namespace

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
    static const SkillTaxonomy taxonomy(kBuiltInTaxonomy);
    return taxonomy;
}

// Wraps the constants without copying them: the strings are raw data over their text, the tables view
// their slots.
SkillTaxonomy::SkillTaxonomy(const BuiltInTaxonomy& tables)
    : m_text(QString::fromRawData(reinterpret_cast<const QChar*>(tables.text), tables.textSize)),
      m_byPhrase(viewOf(tables.byPhrase)),
      m_phraseHeads(viewOf(tables.phraseHeads)),
      m_phraseSteps(viewOf(tables.phraseSteps)),
      m_capitalOnly(viewOf(tables.capitalOnly)),
      m_longestPhrase(tables.longestPhrase),
      m_fingerprint(QByteArray::fromRawData(tables.fingerprint, qsizetype(std::strlen(tables.fingerprint))))
{
    const auto string = [&](BuiltInTaxonomy::Span span) {
        return QString::fromRawData(reinterpret_cast<const QChar*>(tables.text + span.offset), span.size);
    };
    m_skills.reserve(tables.skillCount);
    for (quint32 i = 0; i < tables.skillCount; ++i)
        m_skills.append(Skill{string(tables.skills[i].term), tables.skills[i].hard, tables.skills[i].hash});
    m_keys.reserve(tables.keyCount);
    for (quint32 i = 0; i < tables.keyCount; ++i)
        m_keys.append(string(tables.keys[i]));
}

quint32 SkillTaxonomy::addKey(const QString& key)
{
    const auto offset = quint32(m_text.size());
    m_keys.append(key);
    m_text.append(key);
    return offset;
}

void SkillTaxonomy::add(const QString& canonical, bool hard, const QStringList& aliases,
                        const QStringList& capitalOnly)
{
    for (const QString& word : capitalOnly) {
        const quint32 offset = addKey(word);
        const quint64 hash = TermTable::hash(word);
        if (m_capitalOnly.find(text(), word, hash) < 0)
            m_capitalOnly.insert(offset, quint32(word.size()), hash, 1);
    }
    const int index = static_cast<int>(m_skills.size());
    m_skills.append(Skill{canonical, hard, TermTable::hash(canonical)});
    for (const QString& key : QStringList{canonical} + aliases) {
        const quint32 offset = addKey(key);
        const quint64 hash = TermTable::hash(key);
        // The first skill to claim an alias keeps it, so the file's order settles clashes.
        if (m_byPhrase.find(text(), key, hash) >= 0)
            continue;
        m_byPhrase.insert(offset, quint32(key.size()), hash, index);
        const qsizetype firstSpace = key.indexOf(QLatin1Char(' '));
        if (firstSpace > 0) {
            const QStringView head = QStringView(key).left(firstSpace);
            const quint64 headHash = TermTable::hash(head);
            if (m_phraseHeads.find(text(), head, headHash) < 0)
                m_phraseHeads.insert(offset, quint32(head.size()), headHash, 1);

            m_longestPhrase = std::max(m_longestPhrase, static_cast<int>(key.count(QLatin1Char(' '))) + 1);
        }
    }
}

void SkillTaxonomy::buildPhraseSteps()
{
    // Prefixes first (extends, no skill), then each multi-token key's own skill; a key that is also a
    // prefix of a longer one keeps both. The views are of m_text, which no longer changes.
    const QStringView all(m_text);
    QList<QStringView> keys;
    keys.reserve(m_keys.size());
    qsizetype offset = 0;
    for (const QString& key : std::as_const(m_keys)) {
        keys.append(all.sliced(offset, key.size()));
        offset += key.size();
    }
    QHash<QStringView, int> steps;
    for (const QStringView key : std::as_const(keys)) {
        for (qsizetype space = key.indexOf(QLatin1Char(' ')); space > 0; space = key.indexOf(QLatin1Char(' '), space + 1))
            steps[key.left(space)] |= 1;
    }
    for (const QStringView key : std::as_const(keys)) {
        if (!key.contains(QLatin1Char(' ')))
            continue;
        const int index = m_byPhrase.find(text(), key, TermTable::hash(key));
        if (index >= 0)
            steps[key] = ((index + 1) << 1) | (steps.value(key) & 1);
    }
    for (auto it = steps.cbegin(); it != steps.cend(); ++it)
        m_phraseSteps.insert(quint32(it.key().data() - all.data()), quint32(it.key().size()), TermTable::hash(it.key()),
                             it.value());
}

const Skill* SkillTaxonomy::find(QStringView term) const { return findPhrase(term); }

const Skill* SkillTaxonomy::find(QStringView term, quint64 hash) const
{
    const int index = m_byPhrase.find(text(), term, hash);
    return index < 0 ? nullptr : &m_skills.at(index);
}

const Skill* SkillTaxonomy::findPhrase(QStringView phrase) const { return find(phrase, TermTable::hash(phrase)); }

} // namespace jobdeck

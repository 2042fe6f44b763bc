#include "storage/ResumeRepository.h"

#include "io/DocumentTextLimits.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace jobdeck {
namespace {

Resume fromRecord(const QSqlQuery& q)
{
    Resume r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.fileName = q.value(2).toString();
    r.content = q.value(3).toString();
    r.isDefault = q.value(4).toInt() != 0;
    r.createdAt = time::parseIso(q.value(5).toString()).value_or(QDateTime());
    return r;
}

const QString kColumns = QStringLiteral("id, name, file_name, content, is_default, created_at");

} // namespace

Result<QList<Resume>> ResumeRepository::list() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM resumes ORDER BY is_default DESC, name, id").arg(kColumns)))
        return Database::queryError(ResumeRepository::tr("Cannot list resumes"), query);
    QList<Resume> resumes;
    while (query.next())
        resumes.append(fromRecord(query));
    return resumes;
}

Result<Resume> ResumeRepository::find(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM resumes WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec())
        return Database::queryError(ResumeRepository::tr("Cannot read resume %1").arg(id), query);
    if (!query.next())
        return notFound(ResumeRepository::tr("There is no resume %1.").arg(id));
    return fromRecord(query);
}

Result<qint64> ResumeRepository::add(const QString& name, const QString& fileName, const QString& content,
                                     const QDateTime& now) const
{
    if (name.trimmed().isEmpty())
        return badInput(ResumeRepository::tr("A resume needs a name."));
    if (content.trimmed().isEmpty())
        return badInput(ResumeRepository::tr("The resume '%1' has no text.").arg(name));
    if (content.size() > limits::kMaxTextChars)
        return badInput(ResumeRepository::tr("The resume '%1' is longer than %2 MB of text; Jobdeck stores resumes of "
                                             "up to %2 MB.")
                            .arg(name)
                            .arg(limits::megabytes(limits::kMaxTextChars)));
    qint64 id = 0;
    const Status saved = m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM resumes WHERE is_default = 1")) || !query.next())
            return Database::queryError(ResumeRepository::tr("Cannot read the resumes"), query);
        const bool first = query.value(0).toLongLong() == 0;
        query.prepare(QStringLiteral("INSERT INTO resumes (name, file_name, content, is_default, created_at) "
                                     "VALUES (?, ?, ?, ?, ?)") +
                      m_database.dialect().returningId());
        query.addBindValue(name.trimmed());
        query.addBindValue(sql::text(fileName));
        query.addBindValue(content);
        query.addBindValue(first ? 1 : 0);
        query.addBindValue(time::toIso(now));
        if (!query.exec())
            return Database::queryError(ResumeRepository::tr("Cannot store the resume"), query);
        id = SqlDialect::insertedId(query);
        return {};
    });
    if (!saved)
        return saved.error();
    return id;
}

Status ResumeRepository::setDefault(qint64 id) const
{
    if (Result<Resume> found = find(id); !found)
        return found.error();
    return m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("UPDATE resumes SET is_default = CASE WHEN id = ? THEN 1 ELSE 0 END"));
        query.addBindValue(id);
        if (!query.exec())
            return Database::queryError(ResumeRepository::tr("Cannot mark resume %1 as the default").arg(id), query);
        return {};
    });
}

Status ResumeRepository::remove(qint64 id) const
{
    return m_database.transaction([&]() -> Status {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM resumes WHERE id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return Database::queryError(ResumeRepository::tr("Cannot remove resume %1").arg(id), query);
        if (query.numRowsAffected() == 0)
            return notFound(ResumeRepository::tr("There is no resume %1.").arg(id));
        // Keep a default while any resume is left.
        if (!query.exec(QStringLiteral("UPDATE resumes SET is_default = 1 WHERE id = (SELECT min(id) FROM resumes) "
                                       "AND NOT EXISTS (SELECT 1 FROM resumes WHERE is_default = 1)")))
            return Database::queryError(ResumeRepository::tr("Cannot choose a new default resume"), query);
        return {};
    });
}

} // namespace jobdeck

#include "storage/ApplicationRepository.h"

#include "io/DocumentTextLimits.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace jobdeck {
QString ApplicationRepository::selectColumns()
{
    return QStringLiteral("id, company, title, source, url, location, salary, notes, job_description, applied_on, "
                          "stage, stage_entered_at, furthest_rank, archived, match_score, created_at, updated_at");
}

Application ApplicationRepository::fromRecord(const QSqlQuery& q)
{
    Application a;
    a.id = q.value(0).toLongLong();
    a.company = q.value(1).toString();
    a.title = q.value(2).toString();
    a.source = q.value(3).toString();
    a.url = q.value(4).toString();
    a.location = q.value(5).toString();
    a.salary = q.value(6).toString();
    a.notes = q.value(7).toString();
    a.jobDescription = q.value(8).toString();
    if (!q.value(9).isNull())
        a.appliedOn = time::parseIsoDate(q.value(9).toString());
    a.stage = stages::fromId(q.value(10).toString()).value_or(Stage::Applied);
    a.stageEnteredAt = time::parseIso(q.value(11).toString()).value_or(QDateTime());
    a.furthestRank = q.value(12).toInt();
    a.archived = q.value(13).toInt() != 0;
    if (!q.value(14).isNull())
        a.matchScore = q.value(14).toDouble();
    a.createdAt = time::parseIso(q.value(15).toString()).value_or(QDateTime());
    a.updatedAt = time::parseIso(q.value(16).toString()).value_or(QDateTime());
    return a;
}

Result<ApplicationDraft> ApplicationRepository::validated(ApplicationDraft draft)
{
    for (QString* field : {&draft.company, &draft.title, &draft.source, &draft.url, &draft.location, &draft.salary})
        *field = field->trimmed();
    if (draft.company.isEmpty())
        return badInput(ApplicationRepository::tr("A company is required."));
    if (draft.title.isEmpty())
        return badInput(ApplicationRepository::tr("A job title is required."));
    // Every path that stores a job description (the app's editor, the CLI's add) comes through here.
    if (draft.jobDescription.size() > limits::kMaxTextChars)
        return badInput(ApplicationRepository::tr("The job description is longer than %1 MB of text; Jobdeck "
                                                  "stores job descriptions of up to %1 MB.")
                            .arg(limits::megabytes(limits::kMaxTextChars)));
    return draft;
}

Result<Application> ApplicationRepository::find(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM applications WHERE id = ?").arg(selectColumns()));
    query.addBindValue(id);
    if (!query.exec())
        return Database::queryError(ApplicationRepository::tr("Cannot read application %1").arg(id), query);
    if (!query.next())
        return notFound(ApplicationRepository::tr("There is no application %1.").arg(id));
    return fromRecord(query);
}

Result<QList<Application>> ApplicationRepository::list(const ApplicationQuery& filter) const
{
    QString sql = QStringLiteral("SELECT %1 FROM applications WHERE 1 = 1").arg(selectColumns());
    if (filter.archivedOnly)
        sql += QStringLiteral(" AND archived = 1");
    else if (!filter.includeArchived)
        sql += QStringLiteral(" AND archived = 0");
    if (filter.stage)
        sql += QStringLiteral(" AND stage = ?");
    sql += QStringLiteral(" ORDER BY id");
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    if (filter.stage)
        query.addBindValue(stages::id(*filter.stage));
    if (!query.exec())
        return Database::queryError(ApplicationRepository::tr("Cannot list applications"), query);
    QList<Application> result;
    while (query.next())
        result.append(fromRecord(query));
    return result;
}

Result<qint64> ApplicationRepository::count(bool includeArchived) const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(includeArchived ? QStringLiteral("SELECT count(*) FROM applications")
                                    : QStringLiteral("SELECT count(*) FROM applications WHERE archived = 0"))
        || !query.next())
        return Database::queryError(ApplicationRepository::tr("Cannot count applications"), query);
    return query.value(0).toLongLong();
}

Status ApplicationRepository::update(qint64 id, const ApplicationDraft& input, const QDateTime& now) const
{
    const Result<ApplicationDraft> draft = validated(input);
    if (!draft)
        return draft.error();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "UPDATE applications SET company = ?, title = ?, source = ?, url = ?, location = ?, salary = ?, "
        "notes = ?, job_description = ?, applied_on = ?, updated_at = ? WHERE id = ?"));
    const ApplicationDraft& d = draft.value();
    for (const QString& value : {d.company, d.title, d.source, d.url, d.location, d.salary, d.notes, d.jobDescription})
        query.addBindValue(sql::text(value));
    query.addBindValue(sql::date(d.appliedOn));
    query.addBindValue(time::toIso(now));
    query.addBindValue(id);
    if (!query.exec())
        return Database::queryError(ApplicationRepository::tr("Cannot save application %1").arg(id), query);
    if (query.numRowsAffected() == 0)
        return notFound(ApplicationRepository::tr("There is no application %1.").arg(id));
    return {};
}

Status ApplicationRepository::setArchived(qint64 id, bool archived, const QDateTime& now) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE applications SET archived = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(archived ? 1 : 0);
    query.addBindValue(time::toIso(now));
    query.addBindValue(id);
    if (!query.exec())
        return Database::queryError(ApplicationRepository::tr("Cannot archive application %1").arg(id), query);
    if (query.numRowsAffected() == 0)
        return notFound(ApplicationRepository::tr("There is no application %1.").arg(id));
    return {};
}

Status ApplicationRepository::setMatchScore(qint64 id, std::optional<double> score) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE applications SET match_score = ? WHERE id = ?"));
    query.addBindValue(score ? QVariant(*score) : QVariant(QMetaType(QMetaType::Double)));
    query.addBindValue(id);
    if (!query.exec())
        return Database::queryError(ApplicationRepository::tr("Cannot store the match score of application %1").arg(id), query);
    return {};
}

Status ApplicationRepository::setMatchScores(const QList<std::pair<qint64, double>>& scores) const
{
    QSqlQuery query(m_database.connection());
    // Prepared once and bound per row: parsing the statement again for each of 10,000 rows cost more
    // than the writes themselves.
    if (!query.prepare(QStringLiteral("UPDATE applications SET match_score = ? WHERE id = ?")))
        return Database::queryError(ApplicationRepository::tr("Cannot store the match scores"), query);
    for (const auto& [id, score] : scores) {
        query.bindValue(0, score);
        query.bindValue(1, id);
        if (!query.exec())
            return Database::queryError(
                ApplicationRepository::tr("Cannot store the match score of application %1").arg(id), query);
    }
    return {};
}

} // namespace jobdeck

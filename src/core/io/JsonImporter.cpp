#include "io/JsonImporter.h"

#include "io/ImportPlanner.h"
#include "io/JsonExporter.h"
#include "pipeline/Stage.h"
#include "storage/Database.h"
#include "util/Time.h"

#include <cmath>
#include <map>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace jobdeck::io {
namespace {

QString label(int index, const QJsonObject& app)
{
    return JsonImporter::tr("application %1 (id %2, %3)")
        .arg(index)
        .arg(app.value(QStringLiteral("id")).toInteger())
        .arg(app.value(QStringLiteral("company")).toString());
}

QVariant toVariant(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant(QMetaType(QMetaType::QString));
    if (value.isDouble()) {
        const double d = value.toDouble();
        const qint64 i = value.toInteger();
        return double(i) == d ? QVariant(i) : QVariant(d);
    }
    if (value.isBool())
        return QVariant(value.toBool() ? 1 : 0);
    return QVariant(value.toString());
}

// Years a stored time may have (ISO text keeps four digits).
constexpr int kLatestYear = 9999;
// A stay longer than this (about 200 years) is not a job search.
constexpr qint64 kLongestStaySeconds = 200LL * 366 * 24 * 3600;

// What makes an exported stage event impossible, in words ("has no valid time"), or nothing.
QString eventProblem(const QJsonObject& e)
{
    const std::optional<Stage> current = stages::fromId(e.value(QStringLiteral("current")).toString());
    if (!current)
        return JsonImporter::tr("has an unknown stage \"%1\"")
            .arg(e.value(QStringLiteral("current")).toString());
    const QJsonValue previous = e.value(QStringLiteral("previous"));
    if (!previous.isNull() && !previous.isUndefined() && !stages::fromId(previous.toString()))
        return JsonImporter::tr("leaves an unknown stage \"%1\"").arg(previous.toString());
    const QJsonValue rank = e.value(QStringLiteral("current_rank"));
    if (!rank.isUndefined() && (!rank.isDouble() || rank.toDouble() != double(stages::rank(*current))))
        return JsonImporter::tr("gives rank %1 to stage \"%2\", whose rank is %3")
            .arg(rank.toVariant().toString(), stages::id(*current))
            .arg(stages::rank(*current));
    const std::optional<QDateTime> at = time::parseIso(e.value(QStringLiteral("at")).toString());
    if (!at || at->date().year() < 1 || at->date().year() > kLatestYear)
        return JsonImporter::tr("has no valid time");
    const QJsonValue stay = e.value(QStringLiteral("stay_seconds"));
    if (!stay.isNull() && !stay.isUndefined()) {
        const double seconds = stay.toDouble(-1);
        if (!stay.isDouble() || seconds < 0 || seconds > double(kLongestStaySeconds) ||
            seconds != std::floor(seconds))
            return JsonImporter::tr("has an impossible stay of %1 seconds").arg(stay.toVariant().toString());
    }
    return {};
}

// What makes an exported application's own fields impossible, or nothing.
QString applicationProblem(const QJsonObject& app)
{
    const QJsonValue applied = app.value(QStringLiteral("applied_on"));
    if (!applied.isNull() && !applied.isUndefined() && !applied.toString().isEmpty()) {
        const std::optional<QDate> date = time::parseIsoDate(applied.toString());
        if (!date || date->year() < 1)
            return JsonImporter::tr("has an invalid applied date \"%1\"").arg(applied.toVariant().toString());
    }
    const QJsonValue furthest = app.value(QStringLiteral("furthest_rank"));
    if (!furthest.isUndefined() &&
        (!furthest.isDouble() || furthest.toDouble() < 0 || furthest.toDouble() >= stages::kPipelineCount ||
         furthest.toDouble() != std::floor(furthest.toDouble())))
        return JsonImporter::tr("has an impossible furthest rank %1").arg(furthest.toVariant().toString());
    for (const char* name : {"stage_entered_at", "created_at", "updated_at"}) {
        const QJsonValue value = app.value(QLatin1String(name));
        if (!value.isUndefined() && !time::parseIso(value.toString()))
            return JsonImporter::tr("has an invalid time in \"%1\"").arg(QLatin1String(name));
    }
    return {};
}

} // namespace

Status JsonImporter::check(const QByteArray& json, ImportReport& report)
{
    report.format = ImportFormat::JobdeckJson;
    report.encoding = QStringLiteral("UTF-8");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        report.errors.append({0, tr("This is not a Jobdeck JSON export: %1 at byte %2.")
                                     .arg(parseError.errorString())
                                     .arg(parseError.offset)});
        return {};
    }
    m_document = document.object();
    if (m_document.value(QStringLiteral("format")).toString() != JsonExporter::formatName()) {
        report.errors.append(
            {0, tr("This JSON file is not a Jobdeck export (its \"format\" is not \"jobdeck\").")});
        return {};
    }
    const int version = m_document.value(QStringLiteral("format_version")).toInt();
    if (version < 1 || version > JsonExporter::kFormatVersion) {
        report.errors.append(
            {0, tr("This export has format version %1; this Jobdeck reads up to %2. Update Jobdeck "
                   "to import it.")
                    .arg(version)
                    .arg(JsonExporter::kFormatVersion)});
        return {};
    }
    for (const QString& table : JsonExporter::tables()) {
        const QJsonValue value = m_document.value(table);
        if (!value.isUndefined() && !value.isArray())
            report.errors.append({0, tr("\"%1\" must be a list.").arg(table)});
    }
    if (report.hasErrors())
        return {};

    // Is the target empty? Then ids are kept.
    QSqlQuery query(m_database.connection());
    if (!query.exec(
            QStringLiteral("SELECT (SELECT count(*) FROM applications) + (SELECT count(*) FROM resumes)")) ||
        !query.next())
        return Database::queryError(tr("Cannot read the database"), query);
    // On a server ids are shared by every user (rows another role holds are invisible, not absent) and an
    // identity column does not move past ids written explicitly, so imported rows always get new ones there.
    const bool empty = query.value(0).toLongLong() == 0;
    m_keepIds = empty && !m_database.isServer();
    QSet<QString> existing;
    if (!m_keepIds) {
        if (!query.exec(QStringLiteral("SELECT company, title, applied_on FROM applications")))
            return Database::queryError(tr("Cannot read the database"), query);
        while (query.next())
            existing.insert(ImportPlanner::duplicateKey(query.value(0).toString(), query.value(1).toString(),
                                                        time::parseIsoDate(query.value(2).toString())));
    }

    const QJsonArray apps = m_document.value(QStringLiteral("applications")).toArray();
    const QJsonArray events = m_document.value(QStringLiteral("stage_events")).toArray();
    report.rows = int(apps.size());
    // The last event of each application decides its stage: check the cache agrees with the log.
    std::map<qint64, std::pair<QString, QString>> lastEvent; // id -> (at, current)
    QSet<qint64> ids;
    for (const QJsonValue& app : apps)
        ids.insert(app.toObject().value(QStringLiteral("id")).toInteger());
    // Each application's events in log order (by id), to check the history could have happened.
    std::map<qint64, std::map<qint64, qsizetype>> trails; // application -> event id -> index in the file
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject e = events.at(i).toObject();
        const qint64 owner = e.value(QStringLiteral("application_id")).toInteger();
        const QString current = e.value(QStringLiteral("current")).toString();
        const QString at = e.value(QStringLiteral("at")).toString();
        if (!ids.contains(owner)) {
            report.errors.append({0, tr("Stage event %1 belongs to application %2, which is not in the file.")
                                         .arg(i + 1)
                                         .arg(owner)});
            continue;
        }
        if (const QString problem = eventProblem(e); !problem.isEmpty()) {
            report.errors.append(
                {0, tr("Stage event %1 (of application %2) %3.").arg(i + 1).arg(owner).arg(problem)});
            continue;
        }
        trails[owner][e.value(QStringLiteral("id")).toInteger()] = i;
        if (auto it = lastEvent.find(owner); it == lastEvent.end() || it->second.first <= at)
            lastEvent[owner] = {at, current};
    }
    // Jobdeck appends each move after the one before it: never dated earlier, always leaving the stage the
    // previous event entered. A history that breaks this was not written by Jobdeck.
    for (const auto& [owner, trail] : trails) {
        std::optional<QJsonObject> before;
        for (const auto& [eventId, index] : trail) {
            const QJsonObject e = events.at(index).toObject();
            const QJsonValue previous = e.value(QStringLiteral("previous"));
            const QString expectedPrevious =
                before ? before->value(QStringLiteral("current")).toString() : QString();
            if (before ? previous.toString() != expectedPrevious
                       : !(previous.isNull() || previous.isUndefined()))
                report.errors.append(
                    {0, tr("Stage event %1 (of application %2) leaves \"%3\", but the application "
                           "was in \"%4\" then.")
                            .arg(index + 1)
                            .arg(owner)
                            .arg(previous.toString(), before ? expectedPrevious : tr("no stage"))});
            else if (before && *time::parseIso(e.value(QStringLiteral("at")).toString()) <
                                   *time::parseIso(before->value(QStringLiteral("at")).toString()))
                report.errors.append(
                    {0, tr("Stage event %1 (of application %2) is dated before the event it follows.")
                            .arg(index + 1)
                            .arg(owner)});
            before = e;
        }
    }

    QSet<QString> seen;
    for (qsizetype i = 0; i < apps.size(); ++i) {
        const QJsonObject app = apps.at(i).toObject();
        const int index = int(i) + 1;
        const qint64 id = app.value(QStringLiteral("id")).toInteger();
        const QString company = app.value(QStringLiteral("company")).toString().trimmed();
        const QString title = app.value(QStringLiteral("title")).toString().trimmed();
        const QString stage = app.value(QStringLiteral("stage")).toString();
        if (company.isEmpty() || title.isEmpty() || id <= 0) {
            report.errors.append({index, tr("%1 has no id, company or title.").arg(label(index, app))});
            continue;
        }
        if (const QString problem = applicationProblem(app); !problem.isEmpty()) {
            report.errors.append({index, tr("%1 %2.").arg(label(index, app), problem)});
            continue;
        }
        const auto last = lastEvent.find(id);
        if (last == lastEvent.end()) {
            report.errors.append({index, tr("%1 has no stage history.").arg(label(index, app))});
            continue;
        }
        if (last->second.second != stage) {
            report.errors.append({index, tr("%1 is in stage \"%2\" but its last event is \"%3\".")
                                             .arg(label(index, app), stage, last->second.second)});
            continue;
        }
        const QString key = ImportPlanner::duplicateKey(
            company, title, time::parseIsoDate(app.value(QStringLiteral("applied_on")).toString()));
        if (existing.contains(key) || seen.contains(key)) {
            report.skipped.append({index, existing.contains(key)
                                              ? tr("duplicate: already in Jobdeck")
                                              : tr("duplicate of an earlier application")});
            ++report.skippedDuplicates;
            m_skippedApplications.insert(id);
            continue;
        }
        seen.insert(key);
        ++report.ready;
    }
    if (!empty)
        report.warnings.append(
            tr("The database already holds data, so the imported rows were given new ids."));
    return {};
}

Status JsonImporter::insertRows(const QString& table, const QList<QJsonObject>& rows, bool keepIds,
                                const QHash<qint64, qint64>& applicationIds, QHash<qint64, qint64>* newIds,
                                const QHash<qint64, qint64>* eventIds)
{
    if (rows.isEmpty())
        return {};
    const QSqlRecord columns = m_database.connection().record(table);
    // Rows from one export share their keys, so one prepared statement usually serves the whole table; a
    // column the row leaves out takes the schema's default.
    QHash<QString, QSqlQuery> statements;
    for (const QJsonObject& row : rows) {
        QStringList names;
        for (int i = 0; i < columns.count(); ++i) {
            const QString name = columns.fieldName(i);
            // The owner is always the importing role (its column default), whatever the file says.
            if ((name == QLatin1String("id") && !keepIds) || name == QLatin1String("owner") || !row.contains(name))
                continue;
            names.append(name);
        }
        const QString signature = names.join(QStringLiteral(", "));
        auto it = statements.find(signature);
        if (it == statements.end()) {
            QSqlQuery query(m_database.connection());
            const QString marks = QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", "));
            // Column names come from the database's own schema, never from the file.
            if (!query.prepare(
                    QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)%4")
                        .arg(table, signature, marks, m_database.dialect().returningId())))
                return Database::queryError(tr("Cannot import %1").arg(table), query);
            it = statements.insert(signature, query);
        }
        QSqlQuery& query = it.value();
        for (int i = 0; i < names.size(); ++i) {
            const QString& name = names.at(i);
            QVariant value = toVariant(row.value(name));
            if (name == QLatin1String("application_id") && !keepIds)
                value = applicationIds.value(row.value(name).toInteger());
            if (eventIds && !value.isNull() &&
                (name == QLatin1String("created_by_event") || name == QLatin1String("cancelled_by_event") ||
                 name == QLatin1String("reverts_event_id"))) {
                const auto event = eventIds->constFind(row.value(name).toInteger());
                value = event != eventIds->constEnd() ? QVariant(*event)
                                                      : QVariant(QMetaType(QMetaType::LongLong));
            }
            query.bindValue(i, value);
        }
        if (!query.exec())
            return Database::queryError(tr("Cannot import a row of %1 (id %2)")
                                            .arg(table)
                                            .arg(row.value(QStringLiteral("id")).toInteger()),
                                        query);
        if (newIds)
            newIds->insert(row.value(QStringLiteral("id")).toInteger(), SqlDialect::insertedId(query));
    }
    return {};
}

Status JsonImporter::write(ImportReport& report)
{
    QHash<qint64, qint64> applicationIds;
    QList<QJsonObject> apps;
    for (const QJsonValue& value : m_document.value(QStringLiteral("applications")).toArray()) {
        const QJsonObject app = value.toObject();
        if (!m_skippedApplications.contains(app.value(QStringLiteral("id")).toInteger()))
            apps.append(app);
    }
    if (Status s = insertRows(QStringLiteral("applications"), apps, m_keepIds, {}, &applicationIds); !s)
        return s;
    // A task names the events that created and cancelled it (schema 2), an undo the event it reverts (schema 4,
    // always an earlier one); events get new ids along with their applications, so those columns follow the
    // events' ids as they are inserted.
    QHash<qint64, qint64> eventIds;
    for (const QString& table : {QStringLiteral("stage_events"), QStringLiteral("follow_up_tasks")}) {
        QList<QJsonObject> rows;
        for (const QJsonValue& value : m_document.value(table).toArray()) {
            const QJsonObject row = value.toObject();
            if (!m_skippedApplications.contains(row.value(QStringLiteral("application_id")).toInteger()))
                rows.append(row);
        }
        const bool events = table == QLatin1String("stage_events");
        if (Status s = insertRows(table, rows, m_keepIds, applicationIds, events ? &eventIds : nullptr, &eventIds);
            !s)
            return s;
    }
    // Into a database that holds data: a resume already there (same name and text) is not added twice, and
    // the database keeps its own default resume.
    QSet<QString> knownResumes;
    bool hasDefault = false;
    if (!m_keepIds) {
        QSqlQuery query(m_database.connection());
        if (!query.exec(QStringLiteral("SELECT name, content, is_default FROM resumes")))
            return Database::queryError(tr("Cannot read the resumes"), query);
        while (query.next()) {
            knownResumes.insert(query.value(0).toString() + QChar(0x1F) + query.value(1).toString());
            hasDefault = hasDefault || query.value(2).toInt() != 0;
        }
    }
    QList<QJsonObject> resumes;
    for (const QJsonValue& value : m_document.value(QStringLiteral("resumes")).toArray()) {
        QJsonObject resume = value.toObject();
        const QString key = resume.value(QStringLiteral("name")).toString() + QChar(0x1F) +
                            resume.value(QStringLiteral("content")).toString();
        if (knownResumes.contains(key))
            continue;
        if (hasDefault)
            resume.insert(QStringLiteral("is_default"), 0);
        resumes.append(resume);
    }
    QHash<qint64, qint64> resumeIds;
    if (Status s = insertRows(QStringLiteral("resumes"), resumes, m_keepIds, {}, &resumeIds); !s)
        return s;
    m_writtenApplications = applicationIds.values();
    m_writtenResumes = resumeIds.values();
    report.imported = int(apps.size());
    return {};
}

} // namespace jobdeck::io

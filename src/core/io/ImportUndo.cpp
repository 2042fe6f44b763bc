#include "io/ImportUndo.h"

#include "storage/Database.h"

#include <algorithm>
#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>

namespace jobdeck::io {
namespace {

constexpr qsizetype kIdsPerStatement = 500; // under SQLite's and PostgreSQL's limits on bound values

// Runs `sql`, whose "%1" becomes a list of placeholders, once for each slice of `ids`; `row` sees every row.
Status forEachSlice(const Database& database, const QList<qint64>& ids, const QString& sql,
                    const QString& what, const std::function<void(const QSqlQuery&)>& row,
                    qsizetype* affected = nullptr)
{
    for (qsizetype from = 0; from < ids.size(); from += kIdsPerStatement) {
        const qsizetype count = std::min(kIdsPerStatement, ids.size() - from);
        QSqlQuery query(database.connection());
        query.setForwardOnly(true);
        if (!query.prepare(sql.arg(QStringList(count, QStringLiteral("?")).join(QLatin1Char(',')))))
            return Database::queryError(what, query);
        for (qsizetype i = 0; i < count; ++i)
            query.bindValue(int(i), ids.at(from + i));
        if (!query.exec())
            return Database::queryError(what, query);
        if (affected)
            *affected += query.numRowsAffected();
        while (row && query.next())
            row(query);
    }
    return {};
}

// One value as text, a NULL told apart from every string.
void appendValue(QByteArray& to, const QVariant& value)
{
    if (value.isNull())
        to.append('\x01');
    else
        to.append(value.toString().toUtf8());
    to.append('\x1f');
}

// Every column of the row except `skipped`, by name, so a column added by a later schema counts too.
void appendRow(QByteArray& to, const QSqlQuery& query, QLatin1StringView skipped = {})
{
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i) {
        if (!skipped.isEmpty() && record.fieldName(i) == skipped)
            continue;
        to.append(record.fieldName(i).toUtf8());
        to.append('=');
        appendValue(to, query.value(i));
    }
    to.append('\x1e');
}

QByteArray sha1(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
}

} // namespace

Result<ImportUndo> ImportUndo::capture(const Database& database, QList<qint64> applications,
                                       QList<qint64> resumes)
{
    ImportUndo undo;
    Result<States> apps = applicationStates(database, applications);
    if (!apps)
        return apps.error();
    Result<States> kept = resumeStates(database, resumes);
    if (!kept)
        return kept.error();
    if (apps->digests.size() != applications.size() || kept->digests.size() != resumes.size())
        return failure(tr("Cannot read back what the import wrote."));
    undo.m_applications = std::move(applications);
    undo.m_resumes = std::move(resumes);
    undo.m_applicationDigests = std::move(apps->digests);
    undo.m_resumeDigests = std::move(kept->digests);
    return undo;
}

Result<ImportUndo::States> ImportUndo::applicationStates(const Database& database, const QList<qint64>& ids)
{
    // The application's row (its match score aside: the matcher rewrites it), then the ids of its events
    // (the log is append-only, so a new id is any move, undone or not) and its tasks' state.
    QHash<qint64, QByteArray> rows;
    QHash<qint64, QString> names;
    Status read = forEachSlice(database, ids, QStringLiteral("SELECT * FROM applications WHERE id IN (%1)"),
                               tr("Cannot read the imported applications"), [&](const QSqlQuery& query) {
                                   const qint64 id = query.value(QStringLiteral("id")).toLongLong();
                                   QByteArray row;
                                   appendRow(row, query, QLatin1StringView("match_score"));
                                   rows.insert(id, sha1(row));
                                   names.insert(id, query.value(QStringLiteral("company")).toString());
                               });
    if (!read)
        return read.error();
    QHash<qint64, QByteArray> history;
    read = forEachSlice(
        database, ids,
        QStringLiteral("SELECT application_id, id FROM stage_events WHERE application_id IN (%1) "
                       "ORDER BY id"),
        tr("Cannot read the imported applications' history"), [&](const QSqlQuery& query) {
            QByteArray& to = history[query.value(0).toLongLong()];
            to.append('e');
            appendValue(to, query.value(1));
        });
    if (!read)
        return read.error();
    read = forEachSlice(database, ids,
                        QStringLiteral("SELECT application_id, id, status, due_at, title, closed_at "
                                       "FROM follow_up_tasks WHERE application_id IN (%1) ORDER BY id"),
                        tr("Cannot read the imported applications' tasks"), [&](const QSqlQuery& query) {
                            QByteArray& to = history[query.value(0).toLongLong()];
                            to.append('t');
                            for (int i = 1; i < 6; ++i)
                                appendValue(to, query.value(i));
                        });
    if (!read)
        return read.error();
    States states;
    states.names = std::move(names);
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        states.digests.insert(it.key(), sha1(it.value() + history.value(it.key())));
    return states;
}

Result<ImportUndo::States> ImportUndo::resumeStates(const Database& database, const QList<qint64>& ids)
{
    States states;
    const Status read =
        forEachSlice(database, ids, QStringLiteral("SELECT * FROM resumes WHERE id IN (%1)"),
                     tr("Cannot read the imported resumes"), [&](const QSqlQuery& query) {
                         const qint64 id = query.value(QStringLiteral("id")).toLongLong();
                         QByteArray row;
                         appendRow(row, query);
                         states.digests.insert(id, sha1(row));
                         states.names.insert(id, query.value(QStringLiteral("name")).toString());
                     });
    if (!read)
        return read.error();
    return states;
}

Status ImportUndo::discard(const Database& database) const
{
    return database.transaction([&]() -> Status {
        // Read inside the transaction that deletes, so nothing changes between the check and the delete.
        const Result<States> apps = applicationStates(database, m_applications);
        if (!apps)
            return apps.error();
        int changed = 0;
        QString example;
        for (const qint64 id : m_applications) {
            const auto now = apps->digests.constFind(id);
            if (now != apps->digests.cend() && *now == m_applicationDigests.value(id))
                continue;
            if (example.isEmpty())
                example = now == apps->digests.cend() ? tr("one was removed") : apps->names.value(id);
            ++changed;
        }
        if (changed > 0)
            return conflict(tr("%n of the imported applications changed since the import (%1); nothing was "
                               "undone.",
                               nullptr, changed)
                                .arg(example));
        const Result<States> resumes = resumeStates(database, m_resumes);
        if (!resumes)
            return resumes.error();
        for (const qint64 id : m_resumes) {
            const auto now = resumes->digests.constFind(id);
            if (now == resumes->digests.cend() || *now != m_resumeDigests.value(id))
                return conflict(tr("The imported resume \"%1\" changed since the import; nothing was undone.")
                                    .arg(resumes->names.value(id, QString::number(id))));
        }
        // Events and tasks go with their application (ON DELETE CASCADE, which the append-only log allows).
        qsizetype removed = 0;
        if (Status s = forEachSlice(database, m_applications,
                                    QStringLiteral("DELETE FROM applications WHERE id IN (%1)"),
                                    tr("Cannot remove the imported applications"), {}, &removed);
            !s)
            return s;
        if (Status s =
                forEachSlice(database, m_resumes, QStringLiteral("DELETE FROM resumes WHERE id IN (%1)"),
                             tr("Cannot remove the imported resumes"), {}, &removed);
            !s)
            return s;
        if (removed != m_applications.size() + m_resumes.size())
            return conflict(tr("The import changed since; nothing was undone."));
        return {};
    });
}

} // namespace jobdeck::io

#include "io/DatabaseCopy.h"

#include "io/ImportReport.h"
#include "io/JsonExporter.h"
#include "io/JsonImporter.h"
#include "matching/MatchService.h"
#include "matching/ModelStore.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace jobdeck::io {
namespace {

QJsonArray remapped(const QJsonArray& rows, const QHash<qint64, qint64>& own,
                    const QList<std::pair<QString, const QHash<qint64, qint64>*>>& references)
{
    QJsonArray out;
    for (const QJsonValue& value : rows) {
        QJsonObject row = value.toObject();
        row.insert(QStringLiteral("id"), own.value(row.value(QStringLiteral("id")).toInteger()));
        for (const auto& [column, ids] : references) {
            const QJsonValue reference = row.value(column);
            if (reference.isDouble())
                row.insert(column, ids->value(reference.toInteger(), -1));
        }
        out.append(row);
    }
    return out;
}

QHash<qint64, qint64> positions(const QJsonArray& rows)
{
    QHash<qint64, qint64> ids;
    for (qsizetype i = 0; i < rows.size(); ++i)
        ids.insert(rows.at(i).toObject().value(QStringLiteral("id")).toInteger(), i + 1);
    return ids;
}

// The texts of a corpus, in the order a model is fitted on them.
QStringList textsOf(const QList<StoredJobDescription>& corpus)
{
    QStringList texts;
    texts.reserve(corpus.size());
    for (const StoredJobDescription& jd : corpus)
        texts.append(jd.text);
    return texts;
}

} // namespace

Status DatabaseCopy::carryModelsAndSettings(const Database& from, const Database& to)
{
    // A model's corpus hash covers the job descriptions with their application ids, which the target may
    // have renumbered (a server always does). A model current for the source's descriptions is as current
    // for the same texts in the same order under the new ids: it is written with the target's hash, so it is
    // used there rather than refitted. A stale one is carried as it is (and refitted on first use anyway).
    const Result<QList<StoredJobDescription>> source = ModelStore(from).jobDescriptions();
    if (!source)
        return source.error();
    const Result<QList<StoredJobDescription>> target = ModelStore(to).jobDescriptions();
    if (!target)
        return target.error();
    const bool sameTexts = textsOf(*source) == textsOf(*target);

    QSqlQuery read(from.connection());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT analyzer, format_version, corpus_hash, fitted_at, data FROM matcher_models")))
        return Database::queryError(tr("Cannot read the matching model of '%1'").arg(from.path()), read);
    QSqlQuery write(to.connection());
    write.prepare(QStringLiteral("INSERT INTO matcher_models (analyzer, format_version, corpus_hash, fitted_at, data) "
                                 "VALUES (?, ?, ?, ?, ?) ON CONFLICT (%1) DO UPDATE SET "
                                 "format_version = excluded.format_version, corpus_hash = excluded.corpus_hash, "
                                 "fitted_at = excluded.fitted_at, data = excluded.data")
                      .arg(to.dialect().perUserKey(QStringLiteral("analyzer"))));
    while (read.next()) {
        const QString analyzer = read.value(0).toString();
        QString hash = read.value(2).toString();
        const TfidfOptions options = MatchService::optionsFor(analyzer, source->size());
        if (sameTexts && hash == ModelStore::corpusHash(*source, analyzer, options))
            hash = ModelStore::corpusHash(*target, analyzer, options);
        write.addBindValue(analyzer);
        write.addBindValue(read.value(1));
        write.addBindValue(hash);
        write.addBindValue(read.value(3));
        write.addBindValue(read.value(4).toByteArray());
        if (!write.exec())
            return Database::queryError(tr("Cannot copy the matching model to '%1'").arg(to.path()), write);
    }

    // Settings kept in the database (how many backups to keep, ...) are the user's, on either engine.
    if (!read.exec(QStringLiteral("SELECT key, value FROM settings")))
        return Database::queryError(tr("Cannot read the settings of '%1'").arg(from.path()), read);
    write.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (%1) DO UPDATE SET value = excluded.value")
                      .arg(to.dialect().perUserKey(QStringLiteral("key"))));
    while (read.next()) {
        write.addBindValue(read.value(0));
        write.addBindValue(read.value(1));
        if (!write.exec())
            return Database::queryError(tr("Cannot copy the settings to '%1'").arg(to.path()), write);
    }
    return {};
}

QJsonObject DatabaseCopy::canonical(const QJsonObject& exported)
{
    const QJsonArray apps = exported.value(QStringLiteral("applications")).toArray();
    const QJsonArray events = exported.value(QStringLiteral("stage_events")).toArray();
    const QJsonArray tasks = exported.value(QStringLiteral("follow_up_tasks")).toArray();
    const QJsonArray resumes = exported.value(QStringLiteral("resumes")).toArray();
    const QHash<qint64, qint64> appIds = positions(apps);
    const QHash<qint64, qint64> eventIds = positions(events);
    const QString application = QStringLiteral("application_id");
    return QJsonObject{
        {QStringLiteral("applications"), remapped(apps, appIds, {})},
        {QStringLiteral("stage_events"),
         remapped(events, eventIds, {{application, &appIds}, {QStringLiteral("reverts_event_id"), &eventIds}})},
        {QStringLiteral("follow_up_tasks"),
         remapped(tasks, positions(tasks),
                  {{application, &appIds},
                   {QStringLiteral("created_by_event"), &eventIds},
                   {QStringLiteral("cancelled_by_event"), &eventIds}})},
        {QStringLiteral("resumes"), remapped(resumes, positions(resumes), {})},
    };
}

Status DatabaseCopy::copy(const Database& from, const Database& to, const QDateTime& now)
{
    QSqlQuery query(to.connection());
    if (!query.exec(
            QStringLiteral("SELECT (SELECT count(*) FROM applications) + (SELECT count(*) FROM resumes)")) ||
        !query.next())
        return Database::queryError(tr("Cannot read '%1'").arg(to.path()), query);
    if (query.value(0).toLongLong() != 0)
        return badInput(tr("'%1' already holds applications or resumes; a copy goes into an empty database.")
                            .arg(to.path()));
    const Result<QJsonObject> exported = JsonExporter::exportAll(from, now);
    if (!exported)
        return exported.error();
    JsonImporter importer(to);
    ImportReport report;
    if (Status checked = importer.check(QJsonDocument(exported.value()).toJson(QJsonDocument::Compact), report);
        !checked)
        return checked;
    if (report.hasErrors() || report.skippedDuplicates > 0)
        return failure(tr("'%1' cannot be copied as it is: %2").arg(from.path(), report.summary()));
    if (Status written = to.transaction([&]() -> Status {
            if (Status rows = importer.write(report); !rows)
                return rows;
            return carryModelsAndSettings(from, to);
        });
        !written)
        return written;
    // Only an optimisation (autovacuum gets there later): a server set up by an older build lacks it.
    static_cast<void>(to.refreshStatistics());
    // The proof: both sides export the same data.
    const Result<QJsonObject> copied = JsonExporter::exportAll(to, now);
    if (!copied)
        return copied.error();
    if (canonical(copied.value()) != canonical(exported.value()))
        return failure(tr("The copy in '%1' does not match '%2'.").arg(to.path(), from.path()));
    return {};
}

Status DatabaseCopy::toNewFile(const Database& database, const QString& destination, const QDateTime& now)
{
    const QFileInfo target(destination);
    if (target.exists() || target.isSymLink())
        return badInput(tr("'%1' already exists; choose a new file name for the backup.").arg(destination));
    if (!target.absoluteDir().exists())
        return badInput(tr("The folder '%1' does not exist.").arg(target.absolutePath()));
    const QString partial = QStringLiteral("%1.partial-%2").arg(target.absoluteFilePath()).arg(
        QCoreApplication::applicationPid());
    Status copied;
    {
        Result<std::unique_ptr<Database>> file = Database::open(partial);
        copied = file ? copy(database, *file.value(), now) : Status(file.error());
    } // closed before it is renamed
    Database::forgetStamp(partial); // the stamp of the partial name would be left behind
    if (copied && !QFile::rename(partial, target.absoluteFilePath()))
        copied = failure(tr("Cannot write the backup '%1'.").arg(destination));
    if (!copied) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(partial + suffix);
    }
    return copied;
}

} // namespace jobdeck::io

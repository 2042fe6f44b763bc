#include "io/JsonExporter.h"

#include "storage/Database.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>
#include <QSqlRecord>

namespace jobdeck::io {
namespace {

QJsonValue toJson(const QVariant& value)
{
    if (value.isNull())
        return QJsonValue();
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    case QMetaType::QByteArray:
        return QJsonValue(QString::fromLatin1(value.toByteArray().toBase64()));
    default:
        return QJsonValue(value.toString());
    }
}

} // namespace

QStringList JsonExporter::tables()
{
    return {QStringLiteral("applications"), QStringLiteral("stage_events"), QStringLiteral("follow_up_tasks"),
            QStringLiteral("resumes")};
}

Result<QJsonObject> JsonExporter::exportAll(const Database& database, const QDateTime& now)
{
    QJsonObject document{
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("format_version"), kFormatVersion},
        {QStringLiteral("schema_version"), database.schemaVersion()},
        {QStringLiteral("exported_at"), time::toIso(now)},
    };
    const QSqlDatabase db = database.connection();
    for (const QString& table : tables()) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        // Table names come from our fixed list, never from input.
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)))
            return Database::queryError(tr("Cannot read %1").arg(table), query);
        QJsonArray rows;
        while (query.next()) {
            const QSqlRecord record = query.record();
            QJsonObject row;
            for (int i = 0; i < record.count(); ++i) {
                // A server's owner column is who may read the row there, not part of the data.
                if (database.isServer() && record.fieldName(i) == QLatin1String("owner"))
                    continue;
                row.insert(record.fieldName(i), toJson(query.value(i)));
            }
            rows.append(row);
        }
        document.insert(table, rows);
    }
    return document;
}

} // namespace jobdeck::io

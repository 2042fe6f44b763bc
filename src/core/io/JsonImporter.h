#pragma once

#include "io/ImportReport.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace jobdeck {
class Database;
}

namespace jobdeck::io {

// Reads a JsonExporter document back. Into an empty database it restores every row with its id, so an
// export and an import round-trip exactly. Into a database that already holds data it adds the rows with
// new ids (events and tasks follow their application) and skips applications that are already there
// (same company, title and applied date), with their history, and resumes it already has (same name and
// text); it keeps its own default resume.
class JsonImporter
{
    Q_DECLARE_TR_FUNCTIONS(JsonImporter)

public:
    explicit JsonImporter(const Database& database) : m_database(database) {}

    // Checks the document and fills `report`; rows are not written. Fails only if the JSON is unreadable.
    Status check(const QByteArray& json, ImportReport& report);
    // Writes what check() accepted; call inside the caller's transaction, after a check with no errors.
    Status write(ImportReport& report);
    // The ids write() gave the applications and resumes it added.
    const QList<qint64>& writtenApplications() const { return m_writtenApplications; }
    const QList<qint64>& writtenResumes() const { return m_writtenResumes; }

private:
    struct Table
    {
        QString name;
        QList<QJsonObject> rows;
    };
    // Inserts rows with application_id through applicationIds (unless ids are kept) and the tasks' event
    // columns through eventIds (always: an event the file does not hold leaves the column NULL).
    Status insertRows(const QString& table, const QList<QJsonObject>& rows, bool keepIds,
                      const QHash<qint64, qint64>& applicationIds, QHash<qint64, qint64>* newIds,
                      const QHash<qint64, qint64>* eventIds = nullptr);

    const Database& m_database;
    QJsonObject m_document;
    bool m_keepIds = true;
    QSet<qint64> m_skippedApplications;
    QList<qint64> m_writtenApplications;
    QList<qint64> m_writtenResumes;
};

} // namespace jobdeck::io

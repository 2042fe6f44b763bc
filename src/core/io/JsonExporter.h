#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace jobdeck {
class Database;
}

namespace jobdeck::io {

// Everything a person entered, as one JSON document JsonImporter reads back exactly: every column of
// applications, stage_events (the history), follow_up_tasks and resumes, with a format version.
class JsonExporter
{
    Q_DECLARE_TR_FUNCTIONS(JsonExporter)

public:
    static constexpr int kFormatVersion = 1;
    static QString formatName() { return QStringLiteral("jobdeck"); }
    // The tables in the document, parents first.
    static QStringList tables();

    static Result<QJsonObject> exportAll(const Database& database, const QDateTime& now);
};

} // namespace jobdeck::io

#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace jobdeck {
class Database;
}

namespace jobdeck::io {

// Writes an export file chosen by its suffix: .csv (CsvExporter) or .json (JsonExporter). The file appears
// complete or not at all and private (0600), so a full disk never leaves half an export behind. It never
// writes through a symbolic link, nor onto the open database, its journal and lock files or its backups.
class ExportService
{
    Q_DECLARE_TR_FUNCTIONS(ExportService)

public:
    static bool isSupported(const QString& path);
    static Status exportTo(const Database& database, const QString& path, const QDateTime& now);
    // Why `path` must not be written (a link, the database or one of its files), or ok.
    static Status checkDestination(const Database& database, const QString& path);
};

} // namespace jobdeck::io

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
// complete or not at all (QSaveFile), so a full disk never leaves half an export behind.
class ExportService
{
    Q_DECLARE_TR_FUNCTIONS(ExportService)

public:
    static bool isSupported(const QString& path);
    static Status exportTo(const Database& database, const QString& path, const QDateTime& now);
};

} // namespace jobdeck::io

#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QStringList>

namespace jobdeck {
class Database;
}

namespace jobdeck::io {

// Applications as a spreadsheet-safe CSV (CsvWriter) in the columns Jobdeck's own import reads back.
class CsvExporter
{
public:
    static QStringList header();
    static Result<QByteArray> exportApplications(const Database& database);
};

} // namespace jobdeck::io

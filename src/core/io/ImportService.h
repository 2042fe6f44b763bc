#pragma once

#include "io/ColumnMapping.h"
#include "io/ImportReport.h"
#include "pipeline/ReminderRules.h"
#include "util/Result.h"

#include <functional>
#include <optional>
#include <QByteArray>
#include <QCoreApplication>

namespace jobdeck {
class Clock;
class Database;
} // namespace jobdeck

namespace jobdeck::io {

struct ImportOptions
{
    ImportFormat format = ImportFormat::Auto;
    bool dryRun = false;
    // CSV only: a cell of an optional field that cannot be read (a date) is an error, not a warning.
    bool strict = false;
    // Keep in the report what the import wrote, as it stood at the commit, so it can be undone (up to
    // ImportUndo::kMaxApplications applications; the report's undo stays empty for a larger import).
    bool undoable = false;
    std::optional<ColumnMapping> mapping; // the import dialog's overrides; none: from the headers
    std::function<void(qint64 done, qint64 total)> progress; // called from the importing thread
};

// Imports a CSV or Jobdeck JSON file: all rows or none. Rows are checked first; a file with any error
// writes nothing and the report lists every error with its line (an optional cell that cannot be read is
// only a warning unless `strict`); otherwise the whole file is written in one transaction, so an
// interruption (even kill -9) leaves either nothing or everything.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    ImportService(const Database& database, const Clock& clock, ReminderRules rules = {});

    // Fails (nothing written) when the file cannot be read or the database refuses the write; row
    // problems are in the report.
    Result<ImportReport> importFile(const QString& path, const ImportOptions& options = {}) const;
    Result<ImportReport> importData(const QByteArray& bytes, const ImportOptions& options = {}) const;

    static bool looksLikeJson(const QByteArray& bytes);

private:
    Result<ImportReport> importCsv(const QByteArray& bytes, const ImportOptions& options) const;
    Result<ImportReport> importJson(const QByteArray& bytes, const ImportOptions& options) const;

    const Database& m_database;
    const Clock& m_clock;
    ReminderRules m_rules;
};

} // namespace jobdeck::io

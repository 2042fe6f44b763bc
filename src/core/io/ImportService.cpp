#include "io/ImportService.h"

#include "io/CsvReader.h"
#include "io/ImportPlanner.h"
#include "io/ImportWriter.h"
#include "io/JsonImporter.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace jobdeck::io {
namespace {

constexpr qint64 kProgressStep = 500;

} // namespace

ImportService::ImportService(const Database& database, const Clock& clock, ReminderRules rules)
    : m_database(database), m_clock(clock), m_rules(rules)
{
}

bool ImportService::looksLikeJson(const QByteArray& bytes)
{
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    for (const char c : view) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{';
    }
    return false;
}

Result<ImportReport> ImportService::importFile(const QString& path, const ImportOptions& options) const
{
    QFile file(path);
    if (QFileInfo(path).isDir())
        return failure(tr("'%1' is a folder, not a file to import.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("Cannot read '%1': %2.").arg(path, file.errorString()));
    return importData(file.readAll(), options);
}

Result<ImportReport> ImportService::importData(const QByteArray& bytes, const ImportOptions& options) const
{
    const bool json = options.format == ImportFormat::JobdeckJson ||
                      ((options.format == ImportFormat::Auto || options.format == ImportFormat::JobdeckCsv) &&
                       looksLikeJson(bytes));
    return json ? importJson(bytes, options) : importCsv(bytes, options);
}

Result<ImportReport> ImportService::importCsv(const QByteArray& bytes, const ImportOptions& options) const
{
    Result<CsvTable> table = CsvReader::read(bytes);
    if (!table)
        return table.error();

    const QDateTime now = m_clock.now();
    // The duplicate check reads what is stored; for a real import it runs inside the writing transaction, which
    // holds the write lock from its start, so two imports of one file at once cannot both see "not there yet".
    const auto planFile = [&]() -> Result<ImportPlan> {
        QSet<QString> existing;
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT company, title, applied_on FROM applications")))
            return Database::queryError(tr("Cannot read the applications already stored"), query);
        while (query.next())
            existing.insert(ImportPlanner::duplicateKey(query.value(0).toString(), query.value(1).toString(),
                                                        time::parseIsoDate(query.value(2).toString())));
        ImportPlanner planner(std::move(existing), now.date());
        planner.setStrict(options.strict);
        return planner.plan(table.value(), options.format, options.mapping);
    };
    if (options.dryRun) {
        Result<ImportPlan> plan = planFile();
        if (!plan)
            return plan.error();
        plan->report.dryRun = true;
        return plan->report;
    }

    // A big file's transaction outgrows SQLite's default 2 MB page cache, which then spills pages to the
    // WAL mid-transaction; a larger cache for the import keeps the work in memory until the commit.
    // (A server sizes its own buffers.)
    const bool pragmas = m_database.dialect().hasPragmas();
    QSqlQuery pragma(m_database.connection());
    QVariant previousCache(-2000);
    if (pragmas) {
        pragma.exec(QStringLiteral("PRAGMA cache_size"));
        previousCache = pragma.next() ? pragma.value(0) : QVariant(-2000);
        pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    }
    ImportReport report;
    qint64 total = 0;
    const Status written = m_database.transaction([&]() -> Status {
        Result<ImportPlan> plan = planFile();
        if (!plan)
            return plan.error();
        report = plan->report;
        if (report.hasErrors() || plan->applications.isEmpty())
            return {};
        total = plan->applications.size();
        ImportWriter writer(m_database, m_rules, now);
        if (Status prepared = writer.prepare(); !prepared)
            return prepared;
        QList<qint64> written;
        written.reserve(total);
        for (qint64 i = 0; i < total; ++i) {
            Result<qint64> id = writer.write(plan->applications.at(i));
            if (!id)
                return id.error();
            written.append(id.value());
            if (options.progress && (i + 1) % kProgressStep == 0)
                options.progress(i + 1, total);
        }
        if (options.undoable && written.size() <= ImportUndo::kMaxApplications) {
            Result<ImportUndo> undo = ImportUndo::capture(m_database, std::move(written));
            if (!undo)
                return undo.error();
            report.undo = std::move(undo.value());
        }
        return {};
    });
    if (pragmas)
        pragma.exec(QStringLiteral("PRAGMA cache_size = %1").arg(previousCache.toInt()));
    if (!written)
        return failure(tr("Nothing was imported: %1").arg(written.message()));
    if (report.hasErrors() || total == 0)
        return report;
    // Only an optimisation (autovacuum gets there later): a server set up by an older build lacks it.
    static_cast<void>(m_database.refreshStatistics());
    if (options.progress)
        options.progress(total, total);
    report.imported = int(total);
    return report;
}

Result<ImportReport> ImportService::importJson(const QByteArray& bytes, const ImportOptions& options) const
{
    ImportReport report;
    report.dryRun = options.dryRun;
    JsonImporter importer(m_database);
    if (options.dryRun) {
        if (Status checked = importer.check(bytes, report); !checked)
            return checked.error();
        return report;
    }
    // Checked inside the writing transaction, so what it found absent (duplicates, an empty target) is still
    // absent when the rows go in, even with another import running at the same moment.
    const Status written = m_database.transaction([&]() -> Status {
        if (Status checked = importer.check(bytes, report); !checked)
            return checked;
        if (report.hasErrors())
            return {};
        if (Status s = importer.write(report); !s)
            return s;
        if (options.undoable && importer.writtenApplications().size() <= ImportUndo::kMaxApplications) {
            Result<ImportUndo> undo =
                ImportUndo::capture(m_database, importer.writtenApplications(), importer.writtenResumes());
            if (!undo)
                return undo.error();
            report.undo = std::move(undo.value());
        }
        return {};
    });
    if (!written) {
        report.imported = 0;
        return failure(tr("Nothing was imported: %1").arg(written.message()));
    }
    if (report.hasErrors())
        return report;
    static_cast<void>(m_database.refreshStatistics()); // as after a CSV import
    if (options.progress)
        options.progress(report.rows, report.rows);
    return report;
}

} // namespace jobdeck::io

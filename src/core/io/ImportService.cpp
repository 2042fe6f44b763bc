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

    QSet<QString> existing;
    {
        QSqlQuery query(m_database.connection());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT company, title, applied_on FROM applications")))
            return Database::queryError(tr("Cannot read the applications already stored"), query);
        while (query.next())
            existing.insert(ImportPlanner::duplicateKey(query.value(0).toString(), query.value(1).toString(),
                                                        time::parseIsoDate(query.value(2).toString())));
    }
    const QDateTime now = m_clock.now();
    ImportPlanner planner(std::move(existing), now.date());
    planner.setStrict(options.strict);
    ImportPlan plan = planner.plan(table.value(), options.format, options.mapping);
    ImportReport& report = plan.report;
    report.dryRun = options.dryRun;
    if (report.hasErrors() || options.dryRun || plan.applications.isEmpty())
        return report;

    const qint64 total = plan.applications.size();
    // A big file's transaction outgrows SQLite's default 2 MB page cache, which then spills pages to the
    // WAL mid-transaction; a larger cache for the import keeps the work in memory until the commit.
    QSqlQuery pragma(m_database.connection());
    pragma.exec(QStringLiteral("PRAGMA cache_size"));
    const QVariant previousCache = pragma.next() ? pragma.value(0) : QVariant(-2000);
    pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    const Status written = m_database.transaction([&]() -> Status {
        ImportWriter writer(m_database, m_rules, now);
        if (Status prepared = writer.prepare(); !prepared)
            return prepared;
        for (qint64 i = 0; i < total; ++i) {
            if (Result<qint64> id = writer.write(plan.applications.at(i)); !id)
                return id.error();
            if (options.progress && (i + 1) % kProgressStep == 0)
                options.progress(i + 1, total);
        }
        return {};
    });
    pragma.exec(QStringLiteral("PRAGMA cache_size = %1").arg(previousCache.toInt()));
    if (!written)
        return failure(tr("Nothing was imported: %1").arg(written.message()));
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
    if (Status checked = importer.check(bytes, report); !checked)
        return checked.error();
    if (report.hasErrors() || options.dryRun)
        return report;
    const Status written = m_database.transaction([&]() -> Status { return importer.write(report); });
    if (!written) {
        report.imported = 0;
        return failure(tr("Nothing was imported: %1").arg(written.message()));
    }
    if (options.progress)
        options.progress(report.rows, report.rows);
    return report;
}

} // namespace jobdeck::io

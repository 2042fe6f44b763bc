// Fuzzes the importer's checking stage: format detection, column mapping, dates, stages, duplicates for
// CSV; document checks for Jobdeck JSON (against an empty database, which is never written).
#include "io/CsvReader.h"
#include "io/ImportPlanner.h"
#include "io/ImportService.h"
#include "io/JsonImporter.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

using namespace jobdeck;
using namespace jobdeck::io;

namespace {

QCoreApplication* g_app = nullptr;
QTemporaryDir* g_dir = nullptr;
Database* g_database = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    g_app = new QCoreApplication(*argc, *argv);
    g_dir = new QTemporaryDir;
    g_database = Database::open(g_dir->filePath(QStringLiteral("fuzz.sqlite"))).value().release();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (ImportService::looksLikeJson(bytes)) {
        ImportReport report;
        JsonImporter importer(*g_database);
        if (!importer.check(bytes, report))
            std::abort(); // the database is fine, so only the file can be wrong: that goes in the report
        return 0;
    }
    const Result<CsvTable> table = CsvReader::read(bytes);
    if (!table)
        return 0;
    for (ImportFormat format : {ImportFormat::Auto, ImportFormat::JobdeckCsv}) {
        const ImportPlan plan = ImportPlanner({}, QDate(2026, 1, 5)).plan(table.value(), format);
        // Every data row lands in exactly one place.
        QSet<int> errorLines;
        for (const LineNote& e : plan.report.errors)
            errorLines.insert(e.line);
        const bool structural = table->error.has_value() || table->records.isEmpty()
                                || (plan.report.errors.size() == 1 && plan.applications.isEmpty()
                                    && plan.report.skipped.isEmpty());
        if (!structural
            && plan.applications.size() + plan.report.skipped.size() + errorLines.size() != qsizetype(plan.report.rows))
            std::abort();
        for (const PlannedApplication& app : plan.applications) {
            if (app.draft.company.trimmed().isEmpty() || app.draft.title.trimmed().isEmpty())
                std::abort();
        }
    }
    return 0;
}

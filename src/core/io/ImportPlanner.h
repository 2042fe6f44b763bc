#pragma once

#include "io/ColumnMapping.h"
#include "io/CsvReader.h"
#include "io/ImportReport.h"
#include "storage/Records.h"

#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSet>

namespace jobdeck::io {

// One row that passed every check, ready for ImportWriter.
struct PlannedApplication
{
    int line = 0;
    ApplicationDraft draft; // appliedOn empty: applied at the import time
    Stage stage = Stage::Applied;
    std::optional<QDateTime> stageEnteredAt; // known only from Jobdeck's own CSV
    bool archived = false;
};

struct ImportPlan
{
    QList<PlannedApplication> applications;
    ImportReport report;
};

// Turns a CSV table into applications without touching the database: the format, the column mapping,
// dates, stages and duplicates, with an error or a skip reason for every row that will not be imported
// and a warning for every row imported without a cell it could not read.
class ImportPlanner
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlanner)

public:
    // `existingKeys`: duplicateKey() of every application already stored. `today` resolves dates that
    // have no year.
    ImportPlanner(QSet<QString> existingKeys, QDate today);

    // Strict: a cell of an optional field that cannot be read (an applied date like "Before 2025-01-24", a
    // stage time) is an error, so the file imports only once it is fixed. Otherwise the row is imported
    // without that field, the text goes to its notes and the report warns about the row.
    void setStrict(bool strict) { m_strict = strict; }

    ImportPlan plan(const CsvTable& table, ImportFormat format = ImportFormat::Auto,
                    const std::optional<ColumnMapping>& mapping = std::nullopt) const;

    // Same company, title and applied date (case and spacing ignored) means the same application.
    static QString duplicateKey(const QString& company, const QString& title,
                                const std::optional<QDate>& appliedOn);

private:
    QSet<QString> m_existingKeys;
    QSet<QString> m_existingUndatedKeys; // the same keys without their date, for rows that have none
    QDate m_today;
    bool m_strict = false;
};

} // namespace jobdeck::io

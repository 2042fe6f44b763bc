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
// dates, stages and duplicates, with an error or a skip reason for every row that will not be imported.
class ImportPlanner
{
    Q_DECLARE_TR_FUNCTIONS(ImportPlanner)

public:
    // `existingKeys`: duplicateKey() of every application already stored. `today` resolves dates that
    // have no year.
    ImportPlanner(QSet<QString> existingKeys, QDate today);

    ImportPlan plan(const CsvTable& table, ImportFormat format = ImportFormat::Auto,
                    const std::optional<ColumnMapping>& mapping = std::nullopt) const;

    // Same company, title and applied date (case and spacing ignored) means the same application.
    static QString duplicateKey(const QString& company, const QString& title,
                                const std::optional<QDate>& appliedOn);

private:
    QSet<QString> m_existingKeys;
    QDate m_today;
};

} // namespace jobdeck::io

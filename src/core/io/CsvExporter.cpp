#include "io/CsvExporter.h"

#include "io/CsvWriter.h"
#include "storage/ApplicationRepository.h"
#include "util/Time.h"

namespace jobdeck::io {

QStringList CsvExporter::header()
{
    return {QStringLiteral("id"),        QStringLiteral("company"),     QStringLiteral("title"),
            QStringLiteral("stage"),     QStringLiteral("applied_on"),  QStringLiteral("stage_entered_at"),
            QStringLiteral("source"),    QStringLiteral("url"),         QStringLiteral("location"),
            QStringLiteral("salary"),    QStringLiteral("notes"),       QStringLiteral("job_description"),
            QStringLiteral("archived"),  QStringLiteral("match_score"), QStringLiteral("created_at"),
            QStringLiteral("updated_at")};
}

Result<QByteArray> CsvExporter::exportApplications(const Database& database)
{
    ApplicationQuery everything;
    everything.includeArchived = true;
    const Result<QList<Application>> applications = ApplicationRepository(database).list(everything);
    if (!applications)
        return applications.error();
    QList<QStringList> rows{header()};
    rows.reserve(applications->size() + 1);
    for (const Application& a : applications.value()) {
        rows.append({QString::number(a.id), a.company, a.title, stages::id(a.stage),
                     a.appliedOn ? time::toIsoDate(*a.appliedOn) : QString(), time::toIso(a.stageEnteredAt),
                     a.source, a.url, a.location, a.salary, a.notes, a.jobDescription,
                     a.archived ? QStringLiteral("1") : QStringLiteral("0"),
                     a.matchScore ? QString::number(*a.matchScore) : QString(), time::toIso(a.createdAt),
                     time::toIso(a.updatedAt)});
    }
    return CsvWriter::write(rows);
}

} // namespace jobdeck::io

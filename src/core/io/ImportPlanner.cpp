#include "io/ImportPlanner.h"

#include "io/CsvWriter.h"
#include "io/DateReader.h"
#include "io/StatusMapping.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QHash>

namespace jobdeck::io {
namespace {

bool isBlank(const QStringList& fields)
{
    for (const QString& field : fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

// Reads the mapped cells of one record, undoing the export's formula guard for Jobdeck's own files.
class RowView
{
public:
    RowView(const CsvRecord& record, const ColumnMapping& mapping, bool jobdeck)
        : m_record(record), m_mapping(mapping), m_jobdeck(jobdeck)
    {
    }
    QString raw(ImportField field) const
    {
        const int column = m_mapping.column(field);
        if (column < 0 || column >= m_record.fields.size())
            return {};
        const QString& cell = m_record.fields.at(column);
        return m_jobdeck ? CsvWriter::restored(cell) : cell;
    }
    QString text(ImportField field) const { return raw(field).trimmed(); }

private:
    const CsvRecord& m_record;
    const ColumnMapping& m_mapping;
    bool m_jobdeck;
};

struct UnknownStatus
{
    int rows = 0;
    int firstLine = 0;
    Stage stage = Stage::Applied;
};

QString extraNotes(const RowView& row)
{
    QStringList lines;
    const auto add = [&](ImportField field, const QString& label) {
        const QString value = row.text(field);
        if (!value.isEmpty())
            lines.append(QStringLiteral("%1: %2").arg(label, value));
    };
    add(ImportField::ContactEmail, ImportPlanner::tr("Contact email"));
    add(ImportField::ContactPhone, ImportPlanner::tr("Contact phone"));
    add(ImportField::ResumeName, ImportPlanner::tr("Resume"));
    add(ImportField::Questions, ImportPlanner::tr("Questions and answers"));
    return lines.join(QLatin1Char('\n'));
}

QString salaryOf(const RowView& row)
{
    const QString salary = row.text(ImportField::Salary);
    if (!salary.isEmpty())
        return salary;
    const QString low = row.text(ImportField::SalaryMin);
    const QString high = row.text(ImportField::SalaryMax);
    if (!low.isEmpty() && !high.isEmpty() && low != high)
        return QStringLiteral("%1 - %2").arg(low, high);
    return low.isEmpty() ? high : low;
}

QString appended(const QString& notes, const QString& more)
{
    if (more.isEmpty())
        return notes;
    return notes.isEmpty() ? more : notes + QStringLiteral("\n") + more;
}

} // namespace

ImportPlanner::ImportPlanner(QSet<QString> existingKeys, QDate today)
    : m_existingKeys(std::move(existingKeys)), m_today(today)
{
    m_existingUndatedKeys.reserve(m_existingKeys.size());
    for (const QString& key : std::as_const(m_existingKeys))
        m_existingUndatedKeys.insert(key.left(key.lastIndexOf(QChar(0x1F)) + 1));
}

QString ImportPlanner::duplicateKey(const QString& company, const QString& title,
                                    const std::optional<QDate>& appliedOn)
{
    return company.simplified().toCaseFolded() + QChar(0x1F) + title.simplified().toCaseFolded() +
           QChar(0x1F) + (appliedOn ? time::toIsoDate(*appliedOn) : QString());
}

ImportPlan ImportPlanner::plan(const CsvTable& table, ImportFormat requested,
                               const std::optional<ColumnMapping>& override) const
{
    ImportPlan plan;
    ImportReport& report = plan.report;
    report.encoding = table.encoding;
    report.warnings = table.warnings;
    report.rows = int(std::max<qsizetype>(0, table.records.size() - 1));
    if (table.error)
        report.errors.append({table.error->line, table.error->message});
    if (table.records.isEmpty()) {
        if (!table.error)
            report.errors.append({1, tr("The file is empty: there is no header row.")});
        return plan;
    }

    const QStringList& header = table.records.first().fields;
    const ImportFormat format = requested == ImportFormat::Auto ? importFormats::detect(header) : requested;
    report.format = format;
    const ColumnMapping mapping = override ? *override : ColumnMapping::fromHeaders(header);
    const bool jobdeck = format == ImportFormat::JobdeckCsv;

    const auto headerName = [&](ImportField field) {
        const int column = mapping.column(field);
        return column >= 0 && column < header.size() ? header.at(column).trimmed() : QString();
    };
    if (!mapping.has(ImportField::Company) || !mapping.has(ImportField::Title)) {
        report.errors.append(
            {table.records.first().line,
             tr("No column for the %1 was found. The headers are: %2. Rename the column (to \"company\" or "
                "\"title\") or choose it in the import dialog.")
                 .arg(mapping.has(ImportField::Company) ? tr("job title") : tr("company"),
                      header.join(QStringLiteral(", ")))});
        return plan;
    }

    // Month-first unless the file proves otherwise: LinkedIn and most US trackers write 1/5/25.
    DateReader dates(m_today);
    if (mapping.has(ImportField::AppliedOn)) {
        QStringList values;
        values.reserve(table.records.size());
        for (qsizetype i = 1; i < table.records.size(); ++i)
            values.append(RowView(table.records.at(i), mapping, jobdeck).text(ImportField::AppliedOn));
        const DateReader::Decision decision = dates.decide(values);
        const QString column = headerName(ImportField::AppliedOn);
        if (decision.ambiguous && !decision.evidence)
            report.warnings.append(
                tr("The dates in \"%1\" could be day-first or month-first (like 1/5/25) and no "
                   "row settles it: they were read month-first (January 5).")
                    .arg(column));
        else if (decision.conflicting)
            report.warnings.append(
                tr("The dates in \"%1\" mix day-first and month-first rows: they were read %2, "
                   "as most rows are.")
                    .arg(column, decision.order == DateReader::Order::DayFirst ? tr("day-first")
                                                                               : tr("month-first")));
    }

    QHash<QString, int> seen; // duplicate key -> line
    QMap<QString, UnknownStatus> unknownStatuses;
    int undated = 0;
    for (qsizetype i = 1; i < table.records.size(); ++i) {
        const CsvRecord& record = table.records.at(i);
        if (isBlank(record.fields)) {
            report.skipped.append({record.line, tr("blank row")});
            continue;
        }
        QStringList problems;
        if (record.fields.size() > header.size() && !isBlank(record.fields.mid(header.size())))
            problems.append(tr("the row has %1 fields but the header has %2 (a comma outside quotes?)")
                                .arg(record.fields.size())
                                .arg(header.size()));

        const RowView row(record, mapping, jobdeck);
        PlannedApplication app;
        app.line = record.line;
        ApplicationDraft& d = app.draft;
        d.company = row.text(ImportField::Company);
        d.title = row.text(ImportField::Title);
        if (d.company.isEmpty())
            problems.append(tr("the company (\"%1\") is empty").arg(headerName(ImportField::Company)));
        if (d.title.isEmpty())
            problems.append(tr("the job title (\"%1\") is empty").arg(headerName(ImportField::Title)));
        d.source = row.text(ImportField::Source);
        if (d.source.isEmpty() && format == ImportFormat::LinkedIn)
            d.source = QStringLiteral("LinkedIn");
        d.url = row.text(ImportField::Url);
        d.location = row.text(ImportField::Location);
        d.salary = salaryOf(row);
        d.notes =
            appended(jobdeck ? row.raw(ImportField::Notes) : row.text(ImportField::Notes), extraNotes(row));
        d.jobDescription =
            jobdeck ? row.raw(ImportField::JobDescription) : row.text(ImportField::JobDescription);

        // An optional cell that cannot be read: an error when strict, else the row goes in without it.
        QStringList unread;
        QStringList unreadNotes;
        const auto unreadable = [&](ImportField field, const QString& text, const QString& problem) {
            if (m_strict) {
                problems.append(problem);
                return;
            }
            unread.append(problem);
            const QString column = headerName(field);
            unreadNotes.append(tr("%1 in the imported file: %2")
                                   .arg(column.isEmpty() ? ColumnMapping::fieldName(field) : column, text));
        };

        const QString dateText = row.text(ImportField::AppliedOn);
        if (!dateText.isEmpty()) {
            d.appliedOn = dates.read(dateText);
            if (!d.appliedOn)
                unreadable(
                    ImportField::AppliedOn, dateText,
                    tr("\"%1\" in \"%2\" is not a date").arg(dateText, headerName(ImportField::AppliedOn)));
        }

        const QString status = row.text(ImportField::Status);
        if (jobdeck) {
            const std::optional<Stage> stage = status.isEmpty() ? Stage::Applied : stages::fromId(status);
            if (!stage)
                problems.append(tr("\"%1\" is not a stage (stages are %2)").arg(status, stages::idList()));
            app.stage = stage.value_or(Stage::Applied);
            const QString entered = row.text(ImportField::StageEnteredAt);
            if (!entered.isEmpty()) {
                app.stageEnteredAt = time::parseIso(entered);
                if (!app.stageEnteredAt)
                    unreadable(ImportField::StageEnteredAt, entered,
                               tr("\"%1\" in stage_entered_at is not an ISO-8601 time").arg(entered));
            }
            const QString archived = row.text(ImportField::Archived).toLower();
            app.archived = archived == QLatin1String("1") || archived == QLatin1String("true") ||
                           archived == QLatin1String("yes");
        } else {
            const MappedStatus mapped = StatusMapping::map(status);
            app.stage = mapped.stage;
            if (!mapped.known) {
                UnknownStatus& unknown = unknownStatuses[status];
                if (unknown.rows++ == 0) {
                    unknown.firstLine = record.line;
                    unknown.stage = mapped.stage;
                }
                d.notes = appended(d.notes, tr("Status in the imported file: %1").arg(status));
            }
        }

        if (!problems.isEmpty()) {
            report.errors.append({record.line, problems.join(QStringLiteral("; "))});
            continue;
        }
        if (app.stage == Stage::Saved)
            d.appliedOn.reset();
        const bool datedOnImport = app.stage != Stage::Saved && !d.appliedOn;

        const QString key = duplicateKey(d.company, d.title, d.appliedOn);
        // Such a row was stored dated on its import day, so a later import of the same row has no date
        // to compare: company and title alone make it a duplicate.
        if ((datedOnImport ? m_existingUndatedKeys : m_existingKeys).contains(key)) {
            report.skipped.append({record.line, tr("duplicate: already in Jobdeck")});
            ++report.skippedDuplicates;
            continue;
        }
        if (const auto it = seen.constFind(key); it != seen.constEnd()) {
            report.skipped.append({record.line, tr("duplicate of line %1").arg(*it)});
            ++report.skippedDuplicates;
            continue;
        }
        seen.insert(key, record.line);
        if (datedOnImport)
            ++undated;
        if (!unread.isEmpty()) {
            d.notes = appended(d.notes, unreadNotes.join(QLatin1Char('\n')));
            report.warnings.append(tr("line %1: %2: imported without it, the text is kept in the notes.")
                                       .arg(record.line)
                                       .arg(unread.join(QStringLiteral("; "))));
        }
        plan.applications.append(std::move(app));
    }

    for (auto it = unknownStatuses.constBegin(); it != unknownStatuses.constEnd(); ++it) {
        report.warnings.append(
            tr("Status \"%1\" (%2 row(s), first on line %3) is not a Jobdeck stage: imported as "
               "%4, with the original kept in the notes.")
                .arg(it.key())
                .arg(it->rows)
                .arg(it->firstLine)
                .arg(stages::id(it->stage)));
    }
    if (undated > 0)
        report.warnings.append(
            tr("%n row(s) have no applied date: they are dated on the day of the import.", nullptr, undated));
    report.ready = int(plan.applications.size());
    return plan;
}

} // namespace jobdeck::io

#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace jobdeck::io {

// The Jobdeck fields a CSV column can feed.
enum class ImportField
{
    Company,
    Title,
    Status,
    AppliedOn,
    Source,
    Url,
    Location,
    Salary,
    SalaryMin,
    SalaryMax,
    Notes,
    JobDescription,
    StageEnteredAt,
    Archived,
    ContactEmail,
    ContactPhone,
    ResumeName,
    Questions,
};

// Which column feeds which field: found from header aliases (company, employer, organization; role, title,
// position; ...), then open to per-column overrides from the import dialog.
class ColumnMapping
{
public:
    static ColumnMapping fromHeaders(const QStringList& headers);

    // The column feeding `field`, or -1.
    int column(ImportField field) const { return m_columns.value(field, -1); }
    bool has(ImportField field) const { return column(field) >= 0; }
    // Points `field` at `column` (-1 unmaps it); any other field fed by that column loses it.
    void set(ImportField field, int column);
    // The field a column feeds, if any.
    std::optional<ImportField> fieldOf(int column) const;
    const QMap<ImportField, int>& columns() const { return m_columns; }

    static QList<ImportField> allFields();
    static QString fieldId(ImportField field);
    static QString fieldName(ImportField field);

private:
    QMap<ImportField, int> m_columns;
};

} // namespace jobdeck::io

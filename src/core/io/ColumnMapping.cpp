#include "io/ColumnMapping.h"

#include "io/ImportFormat.h"

#include <array>
#include <QCoreApplication>

namespace jobdeck::io {
namespace {

struct FieldInfo
{
    ImportField field;
    const char* id;
    const char* name;
    // Normalised header names, the most specific first (Teal's statusName beats its numeric status).
    std::initializer_list<const char*> aliases;
};

const std::array<FieldInfo, 18>& fieldTable()
{
    static const std::array<FieldInfo, 18> table{{
        {ImportField::Company,
         "company",
         QT_TRANSLATE_NOOP("ImportField", "Company"),
         {"company", "company name", "employer", "organization", "organisation", "org"}},
        {ImportField::Title,
         "title",
         QT_TRANSLATE_NOOP("ImportField", "Job title"),
         {"title", "job title", "role", "position", "job position", "job", "job name"}},
        {ImportField::Status,
         "status",
         QT_TRANSLATE_NOOP("ImportField", "Stage"),
         {"statusname", "status name", "stage", "status", "list"}},
        {ImportField::AppliedOn,
         "applied_on",
         QT_TRANSLATE_NOOP("ImportField", "Applied on"),
         {"applied on", "date applied", "applied", "application date", "applied at", "applied date", "date"}},
        {ImportField::Source,
         "source",
         QT_TRANSLATE_NOOP("ImportField", "Source"),
         {"source", "channel", "job source", "found via"}},
        {ImportField::Url,
         "url",
         QT_TRANSLATE_NOOP("ImportField", "URL"),
         {"url", "link", "job link", "job url", "posting url", "job posting"}},
        {ImportField::Location,
         "location",
         QT_TRANSLATE_NOOP("ImportField", "Location"),
         {"location", "city", "job location"}},
        {ImportField::Salary,
         "salary",
         QT_TRANSLATE_NOOP("ImportField", "Salary"),
         {"salary", "compensation", "pay", "salary range"}},
        {ImportField::SalaryMin,
         "salary_min",
         QT_TRANSLATE_NOOP("ImportField", "Minimum salary"),
         {"min salary", "salary min", "minimum salary"}},
        {ImportField::SalaryMax,
         "salary_max",
         QT_TRANSLATE_NOOP("ImportField", "Maximum salary"),
         {"max salary", "salary max", "maximum salary"}},
        {ImportField::Notes,
         "notes",
         QT_TRANSLATE_NOOP("ImportField", "Notes"),
         {"notes", "note", "comments", "comment"}},
        {ImportField::JobDescription,
         "job_description",
         QT_TRANSLATE_NOOP("ImportField", "Job description"),
         {"job description", "description", "jd"}},
        {ImportField::StageEnteredAt,
         "stage_entered_at",
         QT_TRANSLATE_NOOP("ImportField", "Stage entered at"),
         {"stage entered at"}},
        {ImportField::Archived, "archived", QT_TRANSLATE_NOOP("ImportField", "Archived"), {"archived"}},
        {ImportField::ContactEmail,
         "contact_email",
         QT_TRANSLATE_NOOP("ImportField", "Contact email"),
         {"contact email", "email"}},
        {ImportField::ContactPhone,
         "contact_phone",
         QT_TRANSLATE_NOOP("ImportField", "Contact phone"),
         {"contact phone number", "contact phone", "phone"}},
        {ImportField::ResumeName,
         "resume_name",
         QT_TRANSLATE_NOOP("ImportField", "Resume"),
         {"resume name", "resume"}},
        {ImportField::Questions,
         "questions",
         QT_TRANSLATE_NOOP("ImportField", "Questions and answers"),
         {"question and answers", "questions and answers"}},
    }};
    return table;
}

} // namespace

ColumnMapping ColumnMapping::fromHeaders(const QStringList& headers)
{
    QStringList normalised;
    for (const QString& header : headers)
        normalised.append(importFormats::normalisedHeader(header));

    ColumnMapping mapping;
    QList<int> taken;
    for (const FieldInfo& info : fieldTable()) {
        for (const char* alias : info.aliases) {
            const qsizetype index = normalised.indexOf(QLatin1String(alias));
            if (index >= 0 && !taken.contains(int(index))) {
                mapping.m_columns.insert(info.field, int(index));
                taken.append(int(index));
                break;
            }
        }
    }
    return mapping;
}

void ColumnMapping::set(ImportField field, int column)
{
    if (column >= 0) {
        if (const std::optional<ImportField> previous = fieldOf(column))
            m_columns.remove(*previous);
    }
    if (column < 0)
        m_columns.remove(field);
    else
        m_columns.insert(field, column);
}

std::optional<ImportField> ColumnMapping::fieldOf(int column) const
{
    for (auto it = m_columns.constBegin(); it != m_columns.constEnd(); ++it) {
        if (it.value() == column)
            return it.key();
    }
    return std::nullopt;
}

QList<ImportField> ColumnMapping::allFields()
{
    QList<ImportField> fields;
    for (const FieldInfo& info : fieldTable())
        fields.append(info.field);
    return fields;
}

QString ColumnMapping::fieldId(ImportField field)
{
    return QString::fromLatin1(fieldTable()[static_cast<std::size_t>(field)].id);
}

QString ColumnMapping::fieldName(ImportField field)
{
    return QCoreApplication::translate("ImportField", fieldTable()[static_cast<std::size_t>(field)].name);
}

} // namespace jobdeck::io

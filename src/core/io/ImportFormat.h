#pragma once

#include <optional>
#include <QString>
#include <QStringList>

namespace jobdeck::io {

// The sources Jobdeck knows how to read; Auto detects one from the file.
enum class ImportFormat
{
    Auto,
    JobdeckCsv,
    JobdeckJson,
    LinkedIn,
    Teal,
    Huntr,
    Generic
};

namespace importFormats {

// The id used by `import --format` ("jobdeck" covers both Jobdeck CSV and Jobdeck JSON).
QString id(ImportFormat format);
std::optional<ImportFormat> fromId(const QString& id);
QString displayName(ImportFormat format);
// "auto, jobdeck, linkedin, teal, huntr, generic"
QString idList();

// "Company_Name " -> "company name": how headers are compared.
QString normalisedHeader(const QString& header);
// The CSV format whose signature columns the headers carry; Generic when none matches.
ImportFormat detect(const QStringList& headers);

} // namespace importFormats
} // namespace jobdeck::io

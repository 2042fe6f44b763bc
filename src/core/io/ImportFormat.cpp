#include "io/ImportFormat.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace jobdeck::io::importFormats {

QString id(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Auto:
        return QStringLiteral("auto");
    case ImportFormat::JobdeckCsv:
    case ImportFormat::JobdeckJson:
        return QStringLiteral("jobdeck");
    case ImportFormat::LinkedIn:
        return QStringLiteral("linkedin");
    case ImportFormat::Teal:
        return QStringLiteral("teal");
    case ImportFormat::Huntr:
        return QStringLiteral("huntr");
    case ImportFormat::Generic:
        break;
    }
    return QStringLiteral("generic");
}

std::optional<ImportFormat> fromId(const QString& text)
{
    const QString wanted = text.trimmed().toLower();
    for (ImportFormat f : {ImportFormat::Auto, ImportFormat::JobdeckCsv, ImportFormat::LinkedIn,
                           ImportFormat::Teal, ImportFormat::Huntr, ImportFormat::Generic}) {
        if (id(f) == wanted)
            return f;
    }
    return std::nullopt;
}

QString displayName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Auto:
        return QCoreApplication::translate("ImportFormat", "Detect automatically");
    case ImportFormat::JobdeckCsv:
        return QCoreApplication::translate("ImportFormat", "Jobdeck CSV");
    case ImportFormat::JobdeckJson:
        return QCoreApplication::translate("ImportFormat", "Jobdeck JSON");
    case ImportFormat::LinkedIn:
        return QCoreApplication::translate("ImportFormat", "LinkedIn job applications");
    case ImportFormat::Teal:
        return QCoreApplication::translate("ImportFormat", "Teal export");
    case ImportFormat::Huntr:
        return QCoreApplication::translate("ImportFormat", "Huntr export");
    case ImportFormat::Generic:
        break;
    }
    return QCoreApplication::translate("ImportFormat", "Spreadsheet");
}

QString idList()
{
    return QStringLiteral("auto, jobdeck, linkedin, teal, huntr, generic");
}

QString normalisedHeader(const QString& header)
{
    static const QRegularExpression separators(QStringLiteral("[_\\-.:/]+"));
    QString text = header.trimmed().toLower();
    text.replace(separators, QStringLiteral(" "));
    return text.simplified();
}

ImportFormat detect(const QStringList& rawHeaders)
{
    QStringList raw;
    QStringList headers;
    for (const QString& h : rawHeaders) {
        raw.append(h.trimmed());
        headers.append(normalisedHeader(h));
    }
    const auto has = [&](const char* name) { return headers.contains(QLatin1String(name)); };
    const auto hasRaw = [&](const char* name) { return raw.contains(QLatin1String(name)); };

    // Jobdeck's own export names its columns exactly, snake_case.
    if (hasRaw("company") && hasRaw("title") && hasRaw("stage") && hasRaw("stage_entered_at"))
        return ImportFormat::JobdeckCsv;
    if (has("application date") && has("company name") && has("job title"))
        return ImportFormat::LinkedIn;
    if (hasRaw("company_name") && hasRaw("role") && (hasRaw("statusName") || hasRaw("applied_at")))
        return ImportFormat::Teal;
    if (has("list") && (has("company") || has("company name") || has("employer")))
        return ImportFormat::Huntr;
    return ImportFormat::Generic;
}

} // namespace jobdeck::io::importFormats

#include "io/ImportReport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace jobdeck::io {
namespace {

QJsonArray notes(const QList<LineNote>& list, const QString& textKey)
{
    QJsonArray array;
    for (const LineNote& note : list)
        array.append(QJsonObject{{QStringLiteral("line"), note.line}, {textKey, note.text}});
    return array;
}

} // namespace

QJsonObject ImportReport::toJson() const
{
    return QJsonObject{
        {QStringLiteral("imported"), imported},
        {QStringLiteral("skipped_duplicates"), skippedDuplicates},
        {QStringLiteral("skipped"), notes(skipped, QStringLiteral("reason"))},
        {QStringLiteral("errors"), notes(errors, QStringLiteral("message"))},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
        {QStringLiteral("format"), importFormats::id(format)},
        {QStringLiteral("encoding"), encoding},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("ready"), ready},
        {QStringLiteral("dry_run"), dryRun},
    };
}

QString ImportReport::summary() const
{
    QStringList lines;
    if (hasErrors())
        lines.append(tr("Nothing was imported: %n row(s) have errors.", nullptr, int(errors.size())));
    else if (dryRun)
        lines.append(
            tr("Dry run: %n application(s) would be imported; nothing was written.", nullptr, ready));
    else
        lines.append(tr("Imported %n application(s).", nullptr, imported));
    lines.append(
        tr("%1 (%2): %3 data rows, %4 ready, %5 skipped (%6 duplicates).")
            .arg(importFormats::displayName(format), encoding.isEmpty() ? QStringLiteral("-") : encoding)
            .arg(rows)
            .arg(ready)
            .arg(skipped.size())
            .arg(skippedDuplicates));
    for (const LineNote& e : errors)
        lines.append(tr("error: line %1: %2").arg(e.line).arg(e.text));
    for (const QString& w : warnings)
        lines.append(tr("warning: %1").arg(w));
    return lines.join(QLatin1Char('\n'));
}

} // namespace jobdeck::io

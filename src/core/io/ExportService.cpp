#include "io/ExportService.h"

#include "io/CsvExporter.h"
#include "io/JsonExporter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace jobdeck::io {
bool ExportService::isSupported(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("json");
}

Status ExportService::exportTo(const Database& database, const QString& path, const QDateTime& now)
{
    if (!isSupported(path))
        return badInput(tr("'%1' must end in .csv or .json.").arg(path));
    QByteArray bytes;
    if (QFileInfo(path).suffix().toLower() == QLatin1String("csv")) {
        Result<QByteArray> csv = CsvExporter::exportApplications(database);
        if (!csv)
            return csv.error();
        bytes = std::move(csv).value();
    } else {
        const Result<QJsonObject> json = JsonExporter::exportAll(database, now);
        if (!json)
            return json.error();
        bytes = QJsonDocument(json.value()).toJson(QJsonDocument::Indented);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(tr("Cannot write '%1': %2.").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return failure(tr("Cannot write '%1': %2; nothing was written.").arg(path, file.errorString()));
    return {};
}

} // namespace jobdeck::io

#include "io/ExportService.h"

#include "io/Backup.h"
#include "io/CsvExporter.h"
#include "io/JsonExporter.h"
#include "io/PrivateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace jobdeck::io {
bool ExportService::isSupported(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("json");
}

Status ExportService::checkDestination(const Database& database, const QString& path)
{
    const QFileInfo target(path);
    if (target.isSymLink())
        return badInput(tr("'%1' is a symbolic link; Jobdeck does not write through links, so the file it "
                           "points to was left alone. Choose another file name.")
                            .arg(path));
    return Backup::checkDestination(database, path);
}

Status ExportService::exportTo(const Database& database, const QString& path, const QDateTime& now)
{
    if (!isSupported(path))
        return badInput(tr("'%1' must end in .csv or .json.").arg(path));
    if (Status allowed = checkDestination(database, path); !allowed)
        return allowed;
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
    // A private temporary file beside the destination, then one rename(): never half a file, never through
    // a link (rename replaces a link planted meanwhile instead of following it), 0600 whatever the umask.
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return failure(tr("Cannot write '%1': the folder '%2' does not exist.").arg(path, target.absolutePath()));
    PrivateFile::removeStale(target.absolutePath(), target.fileName() + QLatin1Char('.'), PrivateFile::kStaleAfterSecs);
    Result<std::unique_ptr<PrivateFile>> file = PrivateFile::create(target.absolutePath(), target.fileName());
    if (!file)
        return failure(tr("Cannot write '%1': %2").arg(path, file.message()));
    if (Status written = (*file)->write(bytes); !written)
        return failure(tr("Cannot write '%1' (%2); nothing was written.").arg(path, written.message()));
    if (Status synced = (*file)->sync(); !synced)
        return failure(tr("Cannot write '%1' (%2); nothing was written.").arg(path, synced.message()));
    if (Status placed = (*file)->publishOver(target.absoluteFilePath()); !placed)
        return failure(tr("Cannot write '%1' (%2); nothing was written.").arg(path, placed.message()));
    PrivateFile::syncFolder(target.absolutePath());
    return {};
}

} // namespace jobdeck::io

#include "FileDialogs.h"

#include "MainWindow.h"
#include "util/Settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace jobdeck::filedialogs {

namespace {

QString key(Kind kind)
{
    switch (kind) {
    case Kind::Resume:
        return QStringLiteral("resume");
    case Kind::Import:
        return QStringLiteral("import");
    case Kind::Export:
        return QStringLiteral("export");
    case Kind::Backup:
        return QStringLiteral("backup");
    case Kind::Database:
        return QStringLiteral("database");
    case Kind::Calendar:
        return QStringLiteral("calendar");
    case Kind::Chart:
        return QStringLiteral("chart");
    }
    return QStringLiteral("other");
}

QString standardFolder(Kind kind)
{
    const bool fromElsewhere = kind == Kind::Import || kind == Kind::Resume;
    QString folder = QStandardPaths::writableLocation(fromElsewhere ? QStandardPaths::DownloadLocation
                                                                    : QStandardPaths::DocumentsLocation);
    // A home without Downloads or Documents (a fresh account, a server login): the home folder itself.
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    return folder;
}

Settings* settingsOf(const QWidget* parent)
{
    const auto* window = parent ? qobject_cast<const MainWindow*>(parent->window()) : nullptr;
    return window ? &window->settings() : nullptr;
}

void remember(const QWidget* parent, Kind kind, const QString& chosen)
{
    if (chosen.isEmpty())
        return;
    if (Settings* settings = settingsOf(parent))
        settings->setFileFolder(key(kind), QFileInfo(chosen).absolutePath());
}

} // namespace

QString folderFor(const QWidget* parent, Kind kind)
{
    if (const Settings* settings = settingsOf(parent)) {
        const QString last = settings->fileFolder(key(kind));
        // A folder since removed, or on a drive no longer there: the standard one.
        if (!last.isEmpty() && QFileInfo(last).isDir())
            return last;
    }
    return standardFolder(kind);
}

QString openFile(QWidget* parent, Kind kind, const QString& caption, const QString& filter)
{
    const QString path = QFileDialog::getOpenFileName(parent, caption, folderFor(parent, kind), filter);
    remember(parent, kind, path);
    return path;
}

QString saveFile(QWidget* parent, Kind kind, const QString& caption, const QString& fileName, const QString& filter,
                 QString* selectedFilter)
{
    const QString suggested = QDir(folderFor(parent, kind)).filePath(fileName);
    const QString path = QFileDialog::getSaveFileName(parent, caption, suggested, filter, selectedFilter);
    remember(parent, kind, path);
    return path;
}

} // namespace jobdeck::filedialogs

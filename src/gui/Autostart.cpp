#include "Autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace jobdeck {

bool Autostart::isSupported()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return true;
#else
    return false;
#endif
}

QString Autostart::entryPath()
{
    // GenericConfigLocation is $XDG_CONFIG_HOME, else ~/.config: where desktops look for autostart entries.
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return QDir(config).filePath(QStringLiteral("autostart/io.github.jobdeck.Jobdeck.desktop"));
}

bool Autostart::isEnabled() { return QFile::exists(entryPath()); }

Status Autostart::setEnabled(bool enabled, const QString& executable)
{
    if (!isSupported())
        return failure(tr("Starting at login is not supported on this system yet."));
    const QString path = entryPath();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path))
            return failure(tr("Cannot remove %1.").arg(QDir::toNativeSeparators(path)));
        return {};
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return failure(tr("Cannot create the folder of %1.").arg(QDir::toNativeSeparators(path)));
    // Exec quoting per the Desktop Entry spec: a path with spaces or quotes goes in double quotes.
    QString exec = executable;
    exec.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    const QString entry = QStringLiteral("[Desktop Entry]\nType=Application\nName=Jobdeck\n"
                                         "Comment=%1\nExec=\"%2\"\nIcon=io.github.jobdeck.Jobdeck\n"
                                         "Terminal=false\nX-GNOME-Autostart-enabled=true\n")
                              .arg(tr("Job-search reminders in the tray"), exec);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(entry.toUtf8()) < 0 || !file.commit())
        return failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace jobdeck

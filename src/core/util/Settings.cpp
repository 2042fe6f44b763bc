#include "util/Settings.h"

#include <QDir>

namespace jobdeck {
namespace {

const QString kRecentFiles = QStringLiteral("files/recent");
const QString kRecentServers = QStringLiteral("servers/recent");
const QString kLastDatabase = QStringLiteral("database/last");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kLastPage = QStringLiteral("window/lastPage");
const QString kCollapsedStages = QStringLiteral("board/collapsedStages");
const QString kLanguage = QStringLiteral("ui/language");
const QString kKeepInTray = QStringLiteral("tray/keepRunning");
const QString kTrayNote = QStringLiteral("tray/noteShown");
const QString kStartAtLogin = QStringLiteral("session/startAtLogin");

} // namespace

Settings::Settings(const QString& filePath, QObject* parent)
    : QObject(parent),
      m_settings(filePath.isEmpty() ? std::make_unique<QSettings>()
                                    : std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QStringList Settings::recentFiles() const { return m_settings->value(kRecentFiles).toStringList(); }

void Settings::addRecentFile(const QString& path)
{
    const QString clean = QDir::cleanPath(QDir::fromNativeSeparators(path));
    QStringList files = recentFiles();
    files.removeAll(clean);
    files.prepend(clean);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    m_settings->setValue(kRecentFiles, files);
    emit recentFilesChanged();
}

void Settings::clearRecentFiles()
{
    m_settings->remove(kRecentFiles);
    emit recentFilesChanged();
}

QStringList Settings::recentServers() const { return m_settings->value(kRecentServers).toStringList(); }

void Settings::addRecentServer(const QString& locator)
{
    QStringList servers = recentServers();
    servers.removeAll(locator);
    servers.prepend(locator);
    while (servers.size() > kMaxRecentFiles)
        servers.removeLast();
    m_settings->setValue(kRecentServers, servers);
}

QString Settings::lastDatabase() const { return m_settings->value(kLastDatabase).toString(); }
void Settings::setLastDatabase(const QString& locator) { m_settings->setValue(kLastDatabase, locator); }

QByteArray Settings::windowGeometry() const { return m_settings->value(kGeometry).toByteArray(); }
void Settings::setWindowGeometry(const QByteArray& geometry) { m_settings->setValue(kGeometry, geometry); }
QByteArray Settings::windowState() const { return m_settings->value(kState).toByteArray(); }
void Settings::setWindowState(const QByteArray& state) { m_settings->setValue(kState, state); }

QByteArray Settings::splitterState(const QString& name) const
{
    return m_settings->value(QStringLiteral("splitters/") + name).toByteArray();
}

void Settings::setSplitterState(const QString& name, const QByteArray& state)
{
    m_settings->setValue(QStringLiteral("splitters/") + name, state);
}

QString Settings::fileFolder(const QString& kind) const
{
    return m_settings->value(QStringLiteral("fileFolders/") + kind).toString();
}

void Settings::setFileFolder(const QString& kind, const QString& folder)
{
    m_settings->setValue(QStringLiteral("fileFolders/") + kind, folder);
}

QString Settings::lastPage() const { return m_settings->value(kLastPage).toString(); }
void Settings::setLastPage(const QString& page) { m_settings->setValue(kLastPage, page); }

std::optional<QStringList> Settings::collapsedBoardStages() const
{
    if (!m_settings->contains(kCollapsedStages))
        return std::nullopt;
    // Stored joined: QSettings cannot tell an empty list from a missing key in every format.
    return m_settings->value(kCollapsedStages).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
}

void Settings::setCollapsedBoardStages(const QStringList& stages)
{
    m_settings->setValue(kCollapsedStages, stages.join(QLatin1Char(',')));
}

QString Settings::language() const { return m_settings->value(kLanguage).toString(); }
void Settings::setLanguage(const QString& language) { m_settings->setValue(kLanguage, language); }

bool Settings::keepRunningInTray() const { return m_settings->value(kKeepInTray, true).toBool(); }
void Settings::setKeepRunningInTray(bool keep) { m_settings->setValue(kKeepInTray, keep); }
bool Settings::trayNoteShown() const { return m_settings->value(kTrayNote, false).toBool(); }
void Settings::setTrayNoteShown(bool shown) { m_settings->setValue(kTrayNote, shown); }
bool Settings::startAtLogin() const { return m_settings->value(kStartAtLogin, false).toBool(); }
void Settings::setStartAtLogin(bool start) { m_settings->setValue(kStartAtLogin, start); }

void Settings::sync() { m_settings->sync(); }

} // namespace jobdeck
